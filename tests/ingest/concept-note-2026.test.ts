/**
 * The 2026 concept note, read by the real ingest: header facts, logo
 * blocks, title and subtitle, nine key points from the inline list, the
 * running footer out of the prose (its URLs kept as links), framing text as
 * the event body, and the details list as event fields. No sessions.
 */
import { describe, expect, it } from 'vitest';
import { realRecords } from './support.ts';

const eventId = '2026-06-26-global-frameworks-local-action';
const records = (await realRecords()).filter((record) => record.data.id.startsWith(eventId));
const event = records.find((record) => record.data.type === 'event');

describe('the 2026 concept note', () => {
  it('has its header facts, title and subtitle', () => {
    expect(event?.data).toMatchObject({
      title: 'Global Frameworks - Local Action',
      subtitle:
        'Unleashing the Potential of Cities in Facilitating the Localisation of the UN Global Counter-Terrorism Strategy',
      date: '2026-06-26',
      time: '13:00–15:00',
      location: 'Norwegian Permanent Mission to the UN, New York',
      series: '2026 Counter-Terrorism Week – Side Events',
      kind: 'concept-note',
    });
  });

  it('lists the logo blocks, joined across lines and without bold markers', () => {
    expect(event?.data['logos']).toEqual([
      'Strong Cities Network',
      'Permanent Mission of Norway to the United Nations',
      'The Permanent Mission of the Kingdom of Morocco to the United Nations in New York',
      'United Nations Office of Counter-Terrorism UN Counter-Terrorism Centre (UNCCCT)',
    ]);
  });

  it('maps the numbered details list to event fields', () => {
    expect(event?.data).toMatchObject({
      organisers: ['Strong Cities Network', 'Permanent Mission of Norway to the UN'],
      partners: ['Permanent Mission of Morocco to the UN', 'UN Office of Counter-Terrorism'],
      format: 'Hybrid; lunch will be served for those attending in person.',
      language: 'The event will be conducted in English',
      webcast: 'The event will not be webcast.',
    });
  });

  it('turns the inline numbered list of the background into nine key points', () => {
    const points = records
      .filter((record) => record.data.type === 'key-point')
      .sort((a, b) => Number(a.data['number']) - Number(b.data['number']));
    expect(points.map((point) => point.data['number'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(points.every((point) => point.data['section'] === 'Background')).toBe(true);
    expect(points[0]?.body).toBe('communities better understand and mitigate violent extremist and related threats');
    expect(points[3]?.body).toBe('support victims');
    expect(points[8]?.body).toBe('support long-term recovery following a violent extremist or related incident.');
  });

  it('takes the running footer out of the prose, joins the paragraph it cut, and keeps its URLs as links', () => {
    expect(event?.body).toContain('representatives of local governments, who have critical contributions');
    expect(event?.body).not.toMatch(/www\.un\.org|@UN_OCT|#CTWeek/u);
    expect((event?.data['links'] as { url: string }[]).map((link) => link.url)).toEqual([
      'https://www.un.org/counterterrorism/CTweek2026-SE',
      'https://twitter.com/UN_OCT',
      'https://twitter.com/CTWeek',
      'https://twitter.com/UNiteToCounterTerrorism',
    ]);
  });

  it('keeps background, concept and objectives as the event body, and has no sessions or speakers', () => {
    expect(event?.body.match(/^## .*$/gmu)).toEqual(['## Background', '## Concept', '## Objectives']);
    expect(records.filter((record) => record.data.type === 'session' || record.data.type === 'contribution')).toEqual(
      [],
    );
  });
});
