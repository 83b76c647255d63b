// A standard OpenID provider on 127.0.0.1, for the connection doctor's tests: panva's
// oidc-provider (OpenID Certified), configured only as any deployment would be. Not apaleo.
//   node server.mjs PORT REDIRECT_URI SECRET
// Prints "ready <issuer>" once it listens.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

const [port, redirectUri, secret] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
// its own signing key and cookie keys, as a deployment has (not the library's development ones)
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signing = { ...privateKey.export({ format: 'jwk' }), kid: 'standard-op', alg: 'RS256', use: 'sig' };
const provider = new Provider(issuer, {
  jwks: { keys: [signing] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  clients: [
    {
      client_id: 'inspector',
      client_secret: secret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
    {
      client_id: 'inspector-service',
      client_secret: secret,
      redirect_uris: [],
      response_types: [],
      grant_types: ['client_credentials'],
      token_endpoint_auth_method: 'client_secret_basic',
      scope: 'api.read',
    },
  ],
  scopes: ['openid', 'offline_access', 'profile', 'api.read'],
  features: {
    clientCredentials: { enabled: true },
    devInteractions: { enabled: true },
    revocation: { enabled: true },
  },
  pkce: { required: () => true },
});
provider.proxy = false;
const server = provider.listen(Number(port), '127.0.0.1', () => {
  console.log(`ready ${issuer}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
