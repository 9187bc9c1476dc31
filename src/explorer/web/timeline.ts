import { EventsTimelineDocument, type EventsTimelineQuery } from '../../client/generated/graphql';
import { request } from './api';
import { el } from './dom';
import { humanize } from './side-panel';

export type TimelineEvent = EventsTimelineQuery['events']['edges'][number]['node'];

export interface DateRange {
  from: string | null;
  to: string | null;
}

export interface TimelineOptions {
  onPick(event: TimelineEvent): void;
  /** Called after each load with the range asked for and the events it holds. */
  onRangeChange(range: DateRange, events: TimelineEvent[]): void;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PAGE_SIZE = 100;
const MAX_PAGES = 10;

/** The events in time order, filtered by a date range; undated events come last, as the API orders them. */
export class Timeline {
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;
  private readonly list: HTMLOListElement;
  private readonly status: HTMLElement;
  private events: TimelineEvent[] = [];
  private range: DateRange = { from: null, to: null };

  constructor(container: HTMLElement, private readonly options: TimelineOptions) {
    const dateInput = (id: string) =>
      el('input', { id, type: 'text', inputmode: 'numeric', size: '10', placeholder: 'YYYY-MM-DD', pattern: PARTIAL_DATE.source.slice(1, -1), title: 'YYYY, YYYY-MM or YYYY-MM-DD' });
    this.fromInput = dateInput('timeline-from');
    this.toInput = dateInput('timeline-to');
    this.list = el('ol', { class: 'timeline-events', 'aria-label': 'Events in time order' });
    this.status = el('span', { class: 'timeline-status', role: 'status', 'aria-live': 'polite' });
    const form = el(
      'form',
      { class: 'timeline-filter', 'aria-label': 'Date range' },
      el('h2', {}, 'Timeline'),
      el('label', { for: 'timeline-from' }, 'From'),
      this.fromInput,
      el('label', { for: 'timeline-to' }, 'To'),
      this.toInput,
      el('button', { type: 'submit' }, 'Apply'),
      el('button', { type: 'button', class: 'timeline-clear' }, 'Clear'),
      this.status,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.apply();
    });
    form.querySelector('.timeline-clear')!.addEventListener('click', () => {
      this.fromInput.value = '';
      this.toInput.value = '';
      void this.apply();
    });
    container.replaceChildren(form, this.list);
  }

  get currentRange(): DateRange {
    return this.range;
  }

  get isFiltered(): boolean {
    return Boolean(this.range.from || this.range.to);
  }

  async load(range: DateRange): Promise<void> {
    this.fromInput.value = range.from ?? '';
    this.toInput.value = range.to ?? '';
    await this.fetch(range);
  }

  private async apply(): Promise<void> {
    const from = this.fromInput.value.trim() || null;
    const to = this.toInput.value.trim() || null;
    for (const value of [from, to]) {
      if (value && !PARTIAL_DATE.test(value)) {
        this.status.textContent = `“${value}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.`;
        return;
      }
    }
    await this.fetch({ from, to });
  }

  private async fetch(range: DateRange): Promise<void> {
    this.status.textContent = 'Loading…';
    try {
      const events: TimelineEvent[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const data: EventsTimelineQuery = await request(EventsTimelineDocument, { from: range.from, to: range.to, first: PAGE_SIZE, after });
        events.push(...data.events.edges.map((edge) => edge.node));
        if (!data.events.pageInfo.hasNextPage) break;
        after = data.events.pageInfo.endCursor;
      }
      this.range = range;
      this.events = events;
      this.render();
      this.options.onRangeChange(range, events);
    } catch (error) {
      this.status.textContent = (error as Error).message;
    }
  }

  private render(): void {
    const bounds = this.range.from || this.range.to ? ` between ${this.range.from ?? 'the start'} and ${this.range.to ?? 'now'}` : '';
    this.status.textContent = `${this.events.length} event${this.events.length === 1 ? '' : 's'}${bounds}`;
    this.list.replaceChildren(
      ...this.events.map((event) => {
        const button = el(
          'button',
          { type: 'button', class: 'timeline-event', 'data-event-id': event.id },
          el('time', {}, event.date ?? 'undated'),
          el('span', { class: 'timeline-event-name' }, event.name),
          el('span', { class: 'timeline-event-meta' }, humanize(event.eventKind), event.place ? ` · ${event.place.name}` : ''),
        );
        button.addEventListener('click', () => this.options.onPick(event));
        return el('li', {}, button);
      }),
    );
  }

  markActive(id: string | null): void {
    this.list.querySelectorAll<HTMLButtonElement>('.timeline-event').forEach((button) => {
      button.setAttribute('aria-current', String(button.dataset.eventId === id));
    });
  }
}
