/**
 * The cover's logo: the current one with its text alternative, a new file (PNG or JPEG, at most
 * 512 kB; the server decides by the file's bytes) previewed before it is uploaded, and removal.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { TemplateJson } from '#contract/index.ts';
import { TEMPLATE_LIMITS } from '#core/template.ts';
import { errorBodyOf } from '../shared/api.ts';
import { fileBase64, removeLogo, uploadLogo } from './api.ts';

export function LogoForm({ template, onChanged }: { template: TemplateJson; onChanged(saved: TemplateJson, message: string): void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [alt, setAlt] = useState(template.logo?.alt ?? '');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const run = async (work: () => Promise<TemplateJson>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await work();
      setFile(null);
      onChanged(saved, message);
    } catch (err) {
      const body = errorBodyOf(err);
      setError({ field: body.field === 'alt' ? 'alt' : 'file', message: body.error });
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!file) return setError({ field: 'file', message: 'Välj en bildfil (PNG eller JPEG).' });
    if (!alt.trim()) return setError({ field: 'alt', message: 'Skriv ett textalternativ: vad logotypen visar.' });
    // Not read at all when it is too large (the server checks the same, and the bytes' type).
    if (file.size > TEMPLATE_LIMITS.logoBytes)
      return setError({ field: 'file', message: `Bilden är ${Math.ceil(file.size / 1024)} kB; logotypen får vara högst 512 kB.` });
    void run(async () => uploadLogo(template.committee, await fileBase64(file), alt), 'Logotypen är sparad.');
  };
  const describedBy = (field: string, hint: string) => (error?.field === field ? `${hint} ${id}-error` : hint);

  return (
    <form className="form-panel template-logo-form" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Logotyp</h2>
      {template.logo ? (
        <figure className="template-logo-current">
          <img src={`${template.logo.url}?v=${template.version}`} alt={template.logo.alt} />
          <figcaption>
            Nuvarande logotyp ({template.logo.mediaType === 'image/png' ? 'PNG' : 'JPEG'}, {Math.ceil(template.logo.bytes / 1024)} kB).
            Textalternativ: {template.logo.alt}
          </figcaption>
        </figure>
      ) : (
        <p>Rapporten har ingen logotyp.</p>
      )}
      <div className="field">
        <label htmlFor={`${id}-file`}>Ny logotyp</label>
        <p className="hint" id={`${id}-file-hint`}>
          PNG eller JPEG, högst 512 kB. SVG tas inte emot.
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/png,image/jpeg"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          aria-describedby={describedBy('file', `${id}-file-hint`)}
          aria-invalid={error?.field === 'file' || undefined}
        />
      </div>
      {preview && (
        <figure className="template-logo-preview">
          <img src={preview} alt={alt.trim() ? `Förhandsvisning: ${alt.trim()}` : 'Förhandsvisning av den valda logotypen'} />
          <figcaption>Förhandsvisning av {file?.name}</figcaption>
        </figure>
      )}
      <div className="field">
        <label htmlFor={`${id}-alt`}>Textalternativ</label>
        <p className="hint" id={`${id}-alt-hint`}>
          Vad logotypen visar, för den som inte ser den, t.ex. "Exempelkommuns logotyp".
        </p>
        <input
          id={`${id}-alt`}
          type="text"
          value={alt}
          maxLength={250}
          onChange={(e) => setAlt(e.target.value)}
          aria-describedby={describedBy('alt', `${id}-alt-hint`)}
          aria-invalid={error?.field === 'alt' || undefined}
        />
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error.message} Ingenting ändrades.
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? 'Laddar upp …' : 'Ladda upp logotypen'}
        </button>
        {template.logo && (
          <button
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            onClick={() => !busy && void run(() => removeLogo(template.committee), 'Logotypen är borttagen.')}
          >
            Ta bort logotypen
          </button>
        )}
      </div>
    </form>
  );
}
