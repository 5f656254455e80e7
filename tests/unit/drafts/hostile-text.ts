/**
 * Text a case page or a careless paste could put into a draft. Every output must keep it as inert text:
 * no markup, no new header, no broken link, no formula.
 */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  image: '<img src=x onerror="alert(1)">',
  link: 'javascript:alert(document.cookie)',
  attribute: '" onmouseover="alert(1)',
  headerInjection: 'Review\r\nBcc: attacker@example.com\r\nX-Evil: 1',
  bareLf: 'Review\nBcc: attacker@example.com',
  encodedWordLookalike: '=?UTF-8?B?SGVsbG8=?= not encoded',
  unicode: 'Seán Ó Briain – “quoted” – 子ども – 😀',
  formula: '=HYPERLINK("http://evil.example","click")',
  queryBreak: 'a&body=replaced#frag?x=1%20%',
} as const;

export const hostileBody = Object.values(HOSTILE).join('\n\n');
