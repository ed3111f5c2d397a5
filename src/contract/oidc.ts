/** How one may sign in (GET /api/session/providers): the password always, OIDC when configured. */
import { z } from 'zod';

export const SignInProviders = z
  .object({
    password: z.literal(true).describe('Inloggning med användarnamn och lösenord (POST /api/session).'),
    oidc: z
      .object({
        label: z.string().describe('Inloggningstjänstens namn: knappen säger "Logga in med <label>".'),
        url: z
          .string()
          .describe('Adressen som startar inloggningen (GET, en omdirigering till inloggningstjänsten); ?to=/sökväg väljer sidan efteråt.'),
      })
      .nullable()
      .describe('Inloggning via kommunens inloggningstjänst (OpenID Connect); null när den inte är inställd.'),
  })
  .meta({ id: 'SignInProviders' });
export type SignInProviders = z.infer<typeof SignInProviders>;

export const OidcStartQuery = z.object({
  to: z
    .string()
    .max(2000, { message: 'Adressen får vara högst 2 000 tecken.' })
    .optional()
    .describe('Sidan i appen att komma till efter inloggningen (en sökväg som börjar med /).'),
});

/** The provider's answer to the callback: code and state, or error; anything else is passed through to openid-client. */
export const OidcCallbackQuery = z.looseObject({
  state: z.string().max(2000).optional(),
  code: z.string().max(4000).optional(),
  error: z.string().max(200).optional(),
});

/** PUT /api/users/:username/oidc: links the user to a subject (for matching by subject). */
export const OidcLinkChange = z.object({
  subject: z
    .string({ message: 'Subjektet ska vara text.' })
    .trim()
    .min(1, { message: 'Subjektet är tomt.' })
    .max(255, { message: 'Subjektet får vara högst 255 tecken.' }),
});
