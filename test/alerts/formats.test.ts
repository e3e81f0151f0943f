// Alert formats: CEF escaping (property: any text survives a round trip and cannot forge fields),
// RFC 5424 framing, OCSF Detection Finding, the Slack message and the webhook signature.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeExtension, escapeHeader, parseCef, toCef } from '../../src/export/cef.ts';
import { toDetectionFinding } from '../../src/export/ocsf-finding.ts';
import { slackMessage } from '../../src/export/slack.ts';
import { rfc5424 } from '../../src/export/syslog.ts';
import { signWebhook, verifyWebhook } from '../../src/export/webhook.ts';
import { sampleAlert } from './support.ts';

describe('CEF', () => {
  it('escapes header and extension characters as the specification requires', () => {
    expect(escapeHeader('a|b\\c\nd')).toBe('a\\|b\\\\c d');
    expect(escapeExtension('k=v\\x\r\ny\rz')).toBe('k\\=v\\\\x\\ny\\rz');
    expect(escapeExtension('a|b')).toBe('a|b');
  });

  it('formats an alert with its evidence, owner and techniques', () => {
    const line = toCef(sampleAlert());
    expect(line.startsWith('CEF:0|Bulwark|Bulwark|0.1.0|behaviour.bulk_read|Bulk read from principal usr_1')).toBe(true);
    const { header, ext } = parseCef(line);
    expect(header[6]).toBe('8');
    expect(ext).toMatchObject({ externalId: 'alrt_0123456789abcdef0123456789abcdef', cnt: '1', cs1: 'model', cs2: 'demo-fraud', cs3: 'AML.T0024', cs4: 'fraud-team', cs5: 'pagerduty:fraud' });
    expect(JSON.parse(ext.cs6!)).toEqual(sampleAlert().evidence);
  });

  it('round-trips any title and entity, and a hostile value cannot add a field (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ minLength: 1, maxLength: 60 }), (title, id) => {
        const { header, ext } = parseCef(toCef(sampleAlert({ title, entity: { kind: 'principal', id } })));
        expect(header).toHaveLength(7);
        expect(header[5]).toBe(title.replace(/[\r\n]+/g, ' '));
        expect(ext.cs2).toBe(id);
        expect(ext.suid).toBe(id);
        expect(ext.msg).toBe(title);
        expect(Object.keys(ext).sort()).toEqual(['cat', 'cnt', 'cs1', 'cs1Label', 'cs2', 'cs2Label', 'cs3', 'cs3Label', 'cs4', 'cs4Label', 'cs5', 'cs5Label', 'cs6', 'cs6Label', 'end', 'externalId', 'flexString1', 'flexString1Label', 'msg', 'outcome', 'rt', 'start', 'suid'].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('puts an address entity in src only when it is an IP address', () => {
    expect(parseCef(toCef(sampleAlert({ entity: { kind: 'address', id: '203.0.113.9' } }))).ext.src).toBe('203.0.113.9');
    expect(parseCef(toCef(sampleAlert({ entity: { kind: 'address', id: 'evil host=x' } }))).ext.src).toBeUndefined();
  });
});

describe('RFC 5424', () => {
  it('has PRI, version, timestamp, host, app, procid, msgid, no structured data, and CEF', () => {
    const msg = rfc5424(sampleAlert({ severity: 'critical' }), { facility: 10, appName: 'bulwark', hostname: 'gw 1' }, Date.UTC(2026, 0, 12, 3, 4, 5, 6));
    expect(msg).toMatch(new RegExp(`^<82>1 2026-01-12T03:04:05\\.006Z gw_1 bulwark ${process.pid} alert - CEF:0\\|`));
  });
});

describe('OCSF Detection Finding', () => {
  it('maps an alert to class 2004 with finding info, severity, status and evidence', () => {
    const f = toDetectionFinding(sampleAlert({ status: 'acknowledged', count: 3 }));
    expect(f).toMatchObject({
      class_uid: 2004,
      category_uid: 2,
      activity_id: 2,
      type_uid: 200402,
      severity_id: 4,
      status_id: 2,
      status: 'In Progress',
      count: 3,
      finding_info: { uid: 'alrt_0123456789abcdef0123456789abcdef', analytic: { uid: 'behaviour.bulk_read', type: 'Statistical' }, attacks: [{ technique: { uid: 'AML.T0024' } }] },
      resources: [{ type: 'ai_model', name: 'demo-fraud', owner: { name: 'fraud-team' } }],
      evidences: [{ api: { request: { uid: 'req-1' } } }, { api: { request: { uid: 'req-2' } } }],
      metadata: { version: '1.3.0', product: { name: 'Bulwark' } },
    });
    expect(toDetectionFinding(sampleAlert()).activity_id).toBe(1);
    expect(toDetectionFinding(sampleAlert({ status: 'suppressed' })).status_id).toBe(3);
    expect(toDetectionFinding(sampleAlert({ entity: { kind: 'address', id: '192.0.2.1' } })).src_endpoint).toEqual({ ip: '192.0.2.1' });
  });
});

describe('Slack message and webhook signature', () => {
  it('escapes mrkdwn and carries text and blocks', () => {
    const m = slackMessage(sampleAlert({ title: '<!channel> & friends' }));
    expect(m.text).toContain('&lt;!channel&gt; &amp; friends');
    expect(m.text).not.toContain('<!channel>');
    expect(JSON.stringify(m.blocks)).toContain('fraud-team');
  });

  it('signs timestamp.body with HMAC-SHA256 and rejects tampering and stale timestamps', () => {
    const sig = signWebhook('s3cret', 1_700_000_000, '{"a":1}');
    expect(sig).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyWebhook('s3cret', '1700000000', '{"a":1}', sig, 1_700_000_100)).toBe(true);
    expect(verifyWebhook('s3cret', '1700000000', '{"a":2}', sig, 1_700_000_100)).toBe(false);
    expect(verifyWebhook('other', '1700000000', '{"a":1}', sig, 1_700_000_100)).toBe(false);
    expect(verifyWebhook('s3cret', '1700000000', '{"a":1}', sig, 1_700_001_000)).toBe(false);
  });
});
