// The policy that applies when no file is given: the built-in demo models behind API-key
// authentication, scope checks and request validation. docs/policy.md shows the same document.

export const DEFAULT_POLICY_YAML = `# Bulwark default policy (used when no bulwark.yaml is given)
version: 1
server:
  host: 127.0.0.1
  port: 8080
  data_dir: ./data
upstreams:
  demo:
    builtin: demo
models:
  - name: demo-chat
    kind: chat
    upstream: demo
    description: Deterministic chat model, vulnerable by design
  - name: demo-fraud
    kind: predict
    upstream: demo
    description: Logistic-regression fraud classifier on six transaction features
guards:
  - id: auth.api_key
  - id: authz.rbac
  - id: validate.request
`;
