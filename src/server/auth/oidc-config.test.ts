import { describe, expect, it } from 'vitest';
import { readOidcSettings } from './oidc-config.ts';

const BASE = {
  UPPFOLJNING_OIDC_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
  UPPFOLJNING_OIDC_CLIENT_ID: 'abc-123',
  UPPFOLJNING_OIDC_REDIRECT_URI: 'https://uppfoljning.kommun.se/api/session/oidc/callback',
};

describe('readOidcSettings', () => {
  it('is off without an issuer', () => {
    expect(readOidcSettings({})).toBeNull();
    expect(readOidcSettings({ UPPFOLJNING_OIDC_ISSUER: '  ', UPPFOLJNING_OIDC_CLIENT_ID: 'x' })).toBeNull();
  });

  it('reads the defaults: scopes openid email profile, match by e-mail, a public client, the label', () => {
    const settings = readOidcSettings(BASE);
    expect(settings).toEqual({
      issuer: new URL(BASE.UPPFOLJNING_OIDC_ISSUER),
      clientId: 'abc-123',
      redirectUri: new URL(BASE.UPPFOLJNING_OIDC_REDIRECT_URI),
      scopes: ['openid', 'email', 'profile'],
      match: 'email',
      label: 'kommunens inloggning',
    });
  });

  it('reads the secret, scopes (openid added), match by subject and the label', () => {
    const settings = readOidcSettings({
      ...BASE,
      UPPFOLJNING_OIDC_CLIENT_SECRET: 's3cret',
      UPPFOLJNING_OIDC_SCOPES: 'profile, offline_access',
      UPPFOLJNING_OIDC_MATCH: 'Subject',
      UPPFOLJNING_OIDC_LABEL: 'Sundsvalls kommun',
    });
    expect(settings).toMatchObject({
      clientSecret: 's3cret',
      scopes: ['openid', 'profile', 'offline_access'],
      match: 'subject',
      label: 'Sundsvalls kommun',
    });
  });

  it('names the variable that is missing or wrong', () => {
    const { UPPFOLJNING_OIDC_CLIENT_ID: _, ...noClient } = BASE;
    expect(() => readOidcSettings(noClient)).toThrow('UPPFOLJNING_OIDC_CLIENT_ID: saknas (den krävs när UPPFOLJNING_OIDC_ISSUER är satt).');
    expect(() => readOidcSettings({ ...BASE, UPPFOLJNING_OIDC_ISSUER: 'http://idp.kommun.se' })).toThrow(
      'UPPFOLJNING_OIDC_ISSUER: "http://idp.kommun.se" använder http; bara https är tillåtet (http endast till localhost).',
    );
    expect(() => readOidcSettings({ ...BASE, UPPFOLJNING_OIDC_REDIRECT_URI: 'inte en adress' })).toThrow(
      /^UPPFOLJNING_OIDC_REDIRECT_URI: "inte en adress"/,
    );
    expect(() => readOidcSettings({ ...BASE, UPPFOLJNING_OIDC_REDIRECT_URI: `${BASE.UPPFOLJNING_OIDC_REDIRECT_URI}?a=1` })).toThrow(
      'UPPFOLJNING_OIDC_REDIRECT_URI: får inte ha någon frågedel (?…) eller #.',
    );
    expect(() => readOidcSettings({ ...BASE, UPPFOLJNING_OIDC_MATCH: 'upn' })).toThrow(
      'UPPFOLJNING_OIDC_MATCH: "upn" är inget sätt att känna igen användare; ange email eller subject.',
    );
    expect(() => readOidcSettings({ ...BASE, UPPFOLJNING_OIDC_SCOPES: 'openid profile' })).toThrow(
      /^UPPFOLJNING_OIDC_SCOPES: saknar "email"/,
    );
  });

  it('allows plain http to this machine only', () => {
    expect(readOidcSettings({ ...BASE, UPPFOLJNING_OIDC_ISSUER: 'http://127.0.0.1:8080' })?.issuer.href).toBe('http://127.0.0.1:8080/');
    expect(readOidcSettings({ ...BASE, UPPFOLJNING_OIDC_ISSUER: 'http://localhost:8080/realms/kommun' })?.issuer.pathname).toBe(
      '/realms/kommun',
    );
  });
});
