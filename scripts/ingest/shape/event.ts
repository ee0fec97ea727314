/**
 * The event's front matter: what the head and the framing sections say,
 * overridden by the sidecar where it states a fact.
 */
import type { VFile } from 'vfile';
import type { EventRecord } from '../../../src/schemas/records.ts';
import type { Framing } from './framing.ts';
import type { Head } from './head.ts';
import type { Sidecar } from '../editors/sidecar.ts';

interface EventInput {
  id: string;
  title: string;
  date: string;
  kind: string;
  head: Head;
  framing: Framing;
  sidecar: Sidecar;
  file: VFile;
}

export function buildEvent({ id, title, date, kind, head, framing, sidecar, file }: EventInput): EventRecord {
  const list = (field: 'organisers' | 'coSponsors' | 'partners') => {
    const value = framing.labelled[field] ?? head.labelled[field];
    return Array.isArray(value) ? value : [];
  };
  const text = (field: 'location' | 'format' | 'language' | 'webcast' | 'series' | 'time') => {
    const value = framing.labelled[field] ?? head.labelled[field];
    return typeof value === 'string' ? value : null;
  };
  return {
    type: 'event',
    id,
    title,
    subtitle: sidecar.subtitle ?? head.subtitle,
    date,
    time: sidecar.time ?? head.time ?? text('time'),
    location: sidecar.location ?? text('location'),
    series: sidecar.series ?? head.series ?? text('series'),
    kind,
    organisers: sidecar.organisers ?? list('organisers'),
    coSponsors: sidecar.coSponsors ?? list('coSponsors'),
    partners: sidecar.partners ?? list('partners'),
    logos: head.logos,
    format: sidecar.format ?? text('format'),
    language: sidecar.language ?? text('language'),
    webcast: sidecar.webcast ?? text('webcast'),
    sourceUrl: sidecar.sourceUrl ?? null,
    links: sidecar.links ?? file.data.links ?? [],
    participants: [],
    source: { file: file.path, lines: [1, String(file.value).split('\n').length] },
  };
}
