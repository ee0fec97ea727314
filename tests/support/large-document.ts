/**
 * A generated meeting summary of a given size (megabytes, not kilobytes):
 * sessions of speakers introduced in the usual form, each followed by long
 * follow-on paragraphs. Deterministic, so a failure can be reproduced.
 */
const syllables = ['ka', 'lo', 'mi', 're', 'sa', 'tu', 've', 'zo', 'an', 'be', 'co', 'du'];
const countries = ['Kenya', 'Canada', 'Norway', 'Chile', 'Ghana', 'Japan'];
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A distinct two-word name for each index below 144. */
function speakerName(index: number): string {
  const first = `${syllables[index % 12] ?? ''}${syllables[Math.floor(index / 12) % 12] ?? ''}n`;
  const last = `${syllables[(index * 5 + 3) % 12] ?? ''}${syllables[(index * 7 + 1) % 12] ?? ''}ssen`;
  return `${capital(first)} ${capital(last)}`;
}

function paragraph(speaker: number, index: number, bytes: number): string {
  const sentence = `${index % 2 === 0 ? 'She' : 'She also'} added that programme ${speaker}-${index} reached residents in ${countries[(speaker + index) % countries.length] ?? ''} through schools, clubs and local councils. `;
  return sentence.repeat(Math.ceil(bytes / sentence.length)).trim();
}

export interface LargeDocument {
  text: string;
  sessions: number;
  speakers: number;
}

export function largeDocument(megabytes: number): LargeDocument {
  const sessions = 12;
  const perSession = 12;
  const followOns = 8;
  const paragraphBytes = Math.ceil((megabytes * 1024 * 1024) / (sessions * perSession * followOns));
  const blocks = [
    'Very Large Assembly on Local Prevention',
    '5 May 2025 | Meeting Summary',
    'Executive Summary',
    'City officials, national agencies and community groups met to compare local prevention plans and agree on shared priorities for the years ahead.',
  ];
  for (let session = 1; session <= sessions; session += 1) {
    blocks.push(`Session ${session}: Topic Number ${session}`);
    for (let seat = 0; seat < perSession; seat += 1) {
      const speaker = (session - 1) * perSession + seat;
      const country = countries[speaker % countries.length] ?? '';
      blocks.push(
        `${speakerName(speaker)}, Head of Prevention, Municipal Council, ${country}, said that the work goes on.`,
      );
      for (let index = 0; index < followOns; index += 1) blocks.push(paragraph(speaker, index, paragraphBytes));
    }
  }
  return { text: `${blocks.join('\n\n')}\n`, sessions, speakers: sessions * perSession };
}
