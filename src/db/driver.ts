import neo4j, { Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

/**
 * Short timeouts so that a request fails fast with DATABASE_UNAVAILABLE when Neo4j is down,
 * instead of waiting out the driver's 30-second retry budget. A `neo4j://` URI routes reads
 * and writes across a cluster with no other change.
 */
export function createDriver(settings: DriverSettings): Driver {
  const auth = settings.password ? neo4j.auth.basic(settings.user, settings.password) : undefined;
  return neo4j.driver(settings.uri, auth, {
    maxTransactionRetryTime: 1_000,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
  });
}

/**
 * One round trip to Neo4j in a read session. `verifyConnectivity` is not enough for readiness: with an idle pooled
 * connection at hand it answers without saying a word to the server, so a frozen Neo4j would still look ready.
 */
export async function ping(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run('RETURN 1');
  } finally {
    await session.close();
  }
}
