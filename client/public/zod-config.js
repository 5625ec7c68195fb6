// zod compiles fast parsers with `new Function` unless told not to, and even probing for that
// counts as an `eval` under our CSP (no 'unsafe-eval'). The probe runs as soon as the first object
// schema is built, which happens while the bundle's shared chunks are evaluated, before any code
// of ours could call z.config(). zod reads its configuration from globalThis.__zod_globalConfig,
// so this classic (non-module) script, which runs before every module script, sets it first.
// It is a plain file in client/public so that the bundler cannot merge it into a later chunk.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
