package org.partnershipgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j in this JVM with a loopback-only Bolt connector and no auth.
 * Prints "READY bolt://127.0.0.1:PORT" once the default database is available,
 * and shuts down on SIGTERM/SIGINT or when stdin reaches EOF (the parent died).
 */
public final class EmbeddedNeo4j {
    private static final long STARTUP_TIMEOUT_MS = 110_000;

    private static volatile DatabaseManagementService dbms;

    public static void main(String[] args) {
        Path dataDir = null;
        int boltPort = -1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[i + 1]).toAbsolutePath();
                case "--bolt-port" -> boltPort = parsePort(args[i + 1]);
                default -> fail("unknown argument " + args[i]);
            }
        }
        if (dataDir == null || boltPort < 0 || args.length % 2 != 0) {
            fail("usage: EmbeddedNeo4j --data-dir <path> --bolt-port <port>");
        }

        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::shutdown, "neo4j-shutdown"));
        watchStdin();

        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "100M size")
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    // Netty's default 5 s quiet period per event loop group makes every shutdown take ~10 s.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .build();
            var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(STARTUP_TIMEOUT_MS)) {
                fail("default database '" + db.databaseName() + "' did not become available");
            }
        } catch (Throwable e) {
            fail(describe(e));
        }

        System.out.println("READY bolt://127.0.0.1:" + boltPort);
        System.out.flush();
    }

    /** The Node parent holds our stdin open; EOF means it is gone, so exit instead of lingering as an orphan. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) != -1) {
                    // input is ignored; only EOF matters
                }
            } catch (IOException ignored) {
                // a broken stdin means the parent is gone too
            }
            System.exit(0);
        }, "stdin-watch");
        watcher.start(); // non-daemon: keeps the JVM alive until EOF or a signal
    }

    private static synchronized void shutdown() {
        DatabaseManagementService service = dbms;
        dbms = null;
        if (service != null) {
            service.shutdown();
        }
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        fail("invalid --bolt-port " + value);
        return -1;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = String.valueOf(e.getMessage());
        String cause = root.getClass().getSimpleName() + ": " + root.getMessage();
        return root == e ? cause : top + " (" + cause + ")";
    }

    private static void fail(String reason) {
        System.err.println("FAILED " + reason.replace('\n', ' '));
        System.err.flush();
        System.exit(1);
    }
}
