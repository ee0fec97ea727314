/** The site's name and one-line statement, used in the header, titles and citations. */
export const siteName = 'Policy Meetings Knowledge Base';
export const siteTagline =
  'Who said what, from which country, in which session: searchable, citable records of policy-meeting summaries and concept notes.';
