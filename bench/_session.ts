/** A signed-in administrator for a benchmark's requests (the user "bench", made when missing). */
import type { FastifyInstance } from 'fastify';
import { addUser } from '#app/users.ts';
import { SESSION_COOKIE } from '#server/auth/cookie.ts';
import type { Db } from '#store/db.ts';
import { findUserByUsername } from '#store/users.ts';

const PASSWORD = 'bench-password';

export async function benchSession(app: FastifyInstance, db: Db): Promise<{ cookie: string; csrfToken: string }> {
  if (!(await db.snapshot((q) => findUserByUsername(q, 'bench'))))
    await addUser(db, { username: 'bench', role: 'admin', password: PASSWORD }, 'bench');
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'bench', password: PASSWORD } });
  const token = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  if (res.statusCode !== 200 || !token) throw new Error(`bench sign-in: ${res.statusCode} ${res.body}`);
  return { cookie: `${SESSION_COOKIE}=${token}`, csrfToken: (res.json() as { csrfToken: string }).csrfToken };
}
