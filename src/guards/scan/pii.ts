// scan.pii: personal data (validated identifiers, names, addresses) in prompts or answers.
import { z } from 'zod';
import { PII_ENTITIES, type PiiEntity } from '../../detect/pii/types.ts';
import { type EntityGuardConfig, entityConfigSchema, entityGuardFactory } from './entity.ts';

export const PiiGuardConfig = entityConfigSchema(z.enum(PII_ENTITIES as unknown as [PiiEntity, ...PiiEntity[]]), 'mask');

export const piiGuard = entityGuardFactory<EntityGuardConfig>({
  id: 'scan.pii',
  description: 'Finds personal data and blocks, masks, hashes or pseudonymises it (restoring pseudonyms in answers).',
  configSchema: PiiGuardConfig,
  detector: async (c) => {
    // Loaded on first use: the name gazetteers are large.
    const { createPiiDetector } = await import('../../detect/pii/index.ts');
    const d = createPiiDetector({ ...(c.entities ? { entities: c.entities as PiiEntity[] } : {}) });
    // Names and addresses span words: a stream releases plain words at once (see release.ts) and
    // holds anything that may still be a growing entity, up to a generous window.
    return { detect: (t) => d.detect(t), releasableUpTo: (t) => d.releasableUpTo(t), holdBack: c.hold_back ?? 160 };
  },
});
