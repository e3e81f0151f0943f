// scan.secrets: credentials and keys (cloud keys, service tokens, JWTs, private keys, passwords).
import { z } from 'zod';
import { SECRET_ENTITIES, type SecretEntity, createSecretDetector } from '../../detect/secrets/index.ts';
import { type EntityGuardConfig, entityConfigSchema, entityGuardFactory } from './entity.ts';

export const SecretsGuardConfig = entityConfigSchema(z.enum(SECRET_ENTITIES as unknown as [SecretEntity, ...SecretEntity[]]), 'mask');

export const secretsGuard = entityGuardFactory<EntityGuardConfig>({
  id: 'scan.secrets',
  description: 'Finds secrets and credentials and blocks, masks or hashes them.',
  configSchema: SecretsGuardConfig,
  detector: (c) => createSecretDetector({ ...(c.entities ? { entities: c.entities as SecretEntity[] } : {}) }),
});
