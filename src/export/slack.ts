// Slack-compatible webhook sink: `{text, blocks}` (Block Kit), which Slack, Mattermost and
// Rocket.Chat incoming webhooks accept. Values are escaped for mrkdwn (&, <, >).
import type { Alert } from '../incidents/alerts/types.ts';
import { postJson } from './http.ts';
import type { AlertSink } from './sink.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ICON: Readonly<Record<string, string>> = { critical: ':rotating_light:', high: ':red_circle:', medium: ':large_orange_circle:', low: ':large_blue_circle:', info: ':white_circle:' };

export function slackMessage(a: Alert): { text: string; blocks: unknown[] } {
  const text = `${ICON[a.severity] ?? ''} [${a.severity.toUpperCase()}] ${esc(a.title)}`.trim();
  const evidence = Object.entries(a.evidence)
    .slice(0, 12)
    .map(([k, v]) => `• ${esc(k)}: ${esc(String(v))}`)
    .join('\n');
  const fields = [
    `*Source*\n${esc(a.source)}`,
    `*Entity*\n${esc(a.entity.kind)} ${esc(a.entity.id)}`,
    `*Seen*\n${a.count}× since ${new Date(a.firstSeen).toISOString()}`,
    `*Owner*\n${esc(a.owner ?? '-')}${a.onCall ? ` (on call: ${esc(a.onCall)})` : ''}`,
  ];
  const blocks: unknown[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `*${text}*` } },
    { type: 'section', fields: fields.map((f) => ({ type: 'mrkdwn', text: f })) },
  ];
  if (evidence) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Evidence*\n${evidence}` } });
  const context = [`alert ${a.id}`, ...(a.techniques.length > 0 ? [`techniques ${a.techniques.join(', ')}`] : [])];
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: esc(context.join(' · ')) }] });
  return { text, blocks };
}

export function slackSink(o: { name: string; url: string; timeoutMs: number }): AlertSink {
  return {
    name: o.name,
    type: 'slack',
    deliver: (a) => postJson(o.url, JSON.stringify(slackMessage(a)), {}, o.timeoutMs),
    async close() {},
  };
}
