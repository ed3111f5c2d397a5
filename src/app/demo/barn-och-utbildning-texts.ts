/**
 * Barn- och utbildningsnämndens demo texts: January's and April's (February and March copy
 * January's, as texts do when a period has none of its own). Causes and actions only: the report
 * prints the figures next to them.
 */
import type { DemoPeriodTexts } from './demo-committee.ts';
import { paras } from './texts-shape.ts';

const JANUARY: DemoPeriodTexts = {
  summary: 'Årets första månad följer i stort budgeten. Grundskolans köp av platser i fristående skolor ligger över budget.',
  forecastSummary: 'Prognosen bygger på elevantalet i januari och kommer att uppdateras efter vårens placeringar.',
  investmentComment: 'Inga investeringar är genomförda i januari.',
  ksResult: 'Nämndens resultat följer i huvudsak budgeten. Kostnaderna för köpta platser i grundskolan ökar.',
  ksForecast: 'Nämnden bedömer ett underskott för helåret, främst inom grundskolan och gymnasieskolan.',
  ksInvestment: 'Investeringarna i inventarier och digitala lärverktyg genomförs under våren och hösten.',
  areas: {
    grundskola: {
      comment: 'Fler elever än budgeterat går i fristående skolor och i andra kommuners skolor.',
      action: 'Förvaltningen ser över resursfördelningen mellan skolorna inför hösten.',
      forecastComment: 'Underskottet väntas bestå så länge elevantalet i fristående skolor ligger kvar på dagens nivå.',
    },
  },
};

const APRIL: DemoPeriodTexts = {
  summary: paras(
    'Förskolan har färre barn inskrivna än budgeterat och har kunnat anpassa bemanningen, vilket ger ett överskott.',
    'Grundskolan har ett underskott. Fler elever än budgeterat väljer fristående skolor, och behovet av särskilt stöd har ökat, vilket kräver fler elevassistenter. Gymnasieskolan betalar mer interkommunal ersättning än budgeterat då fler elever än väntat valt program i grannkommunerna.',
    'Nämndens reserv för oförutsedda kostnader är inte ianspråktagen.',
  ),
  forecastSummary: paras(
    'Prognosen för helåret är ett underskott. Grundskolans och gymnasieskolans underskott vägs delvis upp av förskolans överskott och av att reserven inte väntas behövas.',
    'Höstens elevantal är ännu inte känt; prognosen uppdateras efter antagningen till gymnasieskolan i juni.',
  ),
  investmentComment:
    'Inventarier har köpts in till två förskolor och till högstadiets nya lokaler, och elevdatorer har bytts ut i årskurs 7.',
  ksResult: paras(
    'Nämnden redovisar ett underskott mot budget. Förskolans överskott och den outnyttjade reserven räcker inte till grundskolans och gymnasieskolans underskott.',
    'Underskotten beror på köp av platser i fristående skolor och andra kommuner samt ett ökat behov av särskilt stöd.',
  ),
  ksForecast: paras(
    'Nämnden prognostiserar ett underskott för helåret. Förvaltningen har tagit fram en åtgärdsplan med anpassad bemanning i grundskolan från höstterminen och en översyn av skolskjutsarna.',
  ),
  ksInvestment: 'Investeringarna följer planen. Utbytet av elevdatorer i årskurs 8 och 9 görs under hösten.',
  areas: {
    forskola: {
      comment: 'Färre barn än budgeterat är inskrivna, och bemanningen har anpassats efter barngruppernas storlek.',
      action: 'Ingen åtgärd behövs. Förvaltningen följer barnantalet inför hösten.',
      forecastComment: 'Överskottet väntas öka något under året då barnantalet ligger kvar under budget.',
    },
    grundskola: {
      comment: paras(
        'Fler elever än budgeterat går i fristående skolor och i andra kommuners skolor, vilket ökar kostnaden för köpta platser.',
        'Behovet av särskilt stöd har ökat, och skolorna har anställt fler elevassistenter än budgeterat. Statsbidraget för likvärdig skola är något högre än beräknat.',
      ),
      action: 'Resursfördelningen mellan skolorna ses över, och bemanningen anpassas till elevantalet från höstterminen.',
      forecastComment: 'Underskottet väntas bestå under året. Åtgärderna får effekt först från höstterminen.',
    },
    gymnasieskola: {
      comment: 'Fler elever än väntat har valt program i grannkommunerna, och den interkommunala ersättningen blir högre än budgeterat.',
      action: 'Förvaltningen för samtal med grannkommunerna om prislistan inför nästa läsår.',
      forecastComment: 'Prognosen bygger på vårens elevantal; höstens antagning kan ändra den.',
    },
    overgripande: {
      comment: 'Nämndens reserv för oförutsedda kostnader är inte ianspråktagen.',
      action: 'Ingen åtgärd behövs.',
      forecastComment: 'Reserven väntas inte behövas under året.',
    },
  },
};

export const BUN_TEXTS: Readonly<Record<string, DemoPeriodTexts>> = { '2025-01': JANUARY, '2025-04': APRIL };
