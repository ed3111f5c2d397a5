/**
 * Tekniska nämndens demo texts: January's and April's (February and March copy January's). Causes
 * and actions only: the report prints the figures next to them.
 */
import type { DemoPeriodTexts } from './demo-committee.ts';
import { paras } from './texts-shape.ts';

const JANUARY: DemoPeriodTexts = {
  summary: 'Januari präglades av snöfall och kyla, vilket gav höga kostnader för vinterväghållningen.',
  forecastSummary: 'Prognosen förutsätter en normal vinter under resten av säsongen.',
  investmentComment: 'Inga investeringar är genomförda i januari.',
  ksResult: 'Nämnden har ett underskott efter en kall och snörik januari.',
  ksForecast: 'Nämnden bedömer ett underskott för helåret inom gata och park.',
  ksInvestment: 'Ombyggnaden av Storgatan börjar i mars.',
  areas: {
    'gata-park': {
      comment: 'Snöfallen i januari krävde fler utryckningar med plog och sand än ett normalår.',
      action: 'Inga åtgärder är möjliga för vintern; övrigt underhåll planeras om.',
      forecastComment: 'Underskottet väntas bestå om vintern blir normal resten av säsongen.',
    },
  },
};

const APRIL: DemoPeriodTexts = {
  summary: paras(
    'Vintern blev kall och snörik, och kostnaderna för vinterväghållningen ligger över budget. En mild april har minskat underskottet något.',
    'Fastighet har lägre kostnader för el och uppvärmning än budgeterat efter bytet till värmepumpar på tre skolor. Måltidsservice har högre livsmedelskostnader än budgeterat.',
  ),
  forecastSummary: paras(
    'Prognosen för helåret är ett underskott inom gata och park och måltidsservice, som delvis vägs upp av fastighetens lägre energikostnader.',
    'Vatten och avlopp samt avfall finansieras med taxor; ett underskott där regleras mot den egna fonden vid årets slut.',
  ),
  investmentComment: 'Ombyggnaden av Storgatan pågår enligt tidplanen, och förnyelsen av VA-ledningar i centrum har börjat.',
  ksResult: paras(
    'Nämnden redovisar ett underskott mot budget, främst efter vinterns höga kostnader för snöröjning och halkbekämpning.',
    'Energibesparingarna i fastigheterna och lägre kostnader i förvaltningen minskar underskottet.',
  ),
  ksForecast:
    'Nämnden prognostiserar ett underskott för helåret. Underhåll av parker och gator som inte är akut skjuts till nästa år för att minska underskottet.',
  ksInvestment: 'Investeringarna följer plan. Storgatan väntas vara klar i oktober.',
  areas: {
    'gata-park': {
      comment:
        'Vinterväghållningen har kostat mer än budgeterat efter snörika veckor i januari och februari. Gatubelysningens elkostnader är lägre än budgeterat.',
      action: 'Underhåll av parker och gator som inte är akut skjuts till nästa år.',
      forecastComment: 'Om hösten blir normal minskar underskottet något till årets slut.',
    },
    fastighet: {
      comment: 'Bytet till värmepumpar på tre skolor har sänkt kostnaderna för uppvärmning, och färre akuta reparationer har behövts.',
      action: 'Ingen åtgärd behövs.',
      forecastComment: 'Besparingen på uppvärmning väntas hålla i sig under året.',
    },
    'va-avfall': {
      comment: 'Elpriset för pumpstationerna och reningsverket har varit högre än budgeterat.',
      action: 'Driften av pumpstationerna ses över för att flytta förbrukning till timmar med lägre pris.',
      forecastComment: 'Ett underskott vid årets slut regleras mot VA-fonden.',
    },
    maltidsservice: {
      comment: 'Livsmedelspriserna har stigit mer än budgeterat, särskilt för mejeriprodukter och kött.',
      action: 'Matsedeln ses över, och upphandlingen av livsmedel görs om inför hösten.',
      forecastComment: 'Underskottet väntas öka något till årets slut.',
    },
  },
};

export const TEKNISKA_TEXTS: Readonly<Record<string, DemoPeriodTexts>> = { '2025-01': JANUARY, '2025-04': APRIL };
