/** Demo texts of January and February 2025: early in the year, little to say. */
import { type PeriodTexts, paras } from './texts-shape.ts';

export const JANUARY: PeriodTexts = {
  summary: paras(
    'Det hemtagningsarbete som inleddes 2024 fortsätter att ge effekt, och årets första månad visar lägre kostnader för externa placeringar än budgeterat, framför allt för ungdomar.',
    'Personalkostnaderna inom barn- och familjehemsenheterna belastas av ett lönetillägg som betalades ut i januari. Flera intäkter, bland annat avgifterna för serveringstillstånd och vissa statsbidrag, kommer senare under året medan budgeten är fördelad jämnt över månaderna, vilket gör att resultatet efter en månad ska tolkas med försiktighet.',
  ),
  forecastSummary:
    'Efter en månad finns begränsat underlag för en helårsprognos. Placeringskostnaderna utvecklas i rätt riktning, medan bristen på familjehem i egen regi och intäkterna från Migrationsverket är de största osäkerheterna. Besked om fastställt PO-påslag väntas under våren.',
  investmentComment:
    'Investeringsbudgeten avser i huvudsak möbler och inventarier, och inköpen planeras till våren. Nämnden fortsätter att vara återhållsam med investeringar, särskilt när det gäller anpassningar av lokaler.',
  ksResult:
    'Resultatet påverkas främst av lägre kostnader för externa placeringar som en följd av hemtagningsarbetet från 2024. Ett lönetillägg som betalades ut i januari belastar personalkostnaderna.',
  ksForecast:
    'Prognosen är preliminär efter en månad. Placeringskostnaderna väntas fortsatt ligga lågt, medan familjehemsplaceringar och intäkter från Migrationsverket är osäkra.',
  ksInvestment: 'Inga större investeringar har gjorts. Planerade inköp avser möbler, och återhållsamhet gäller för lokalanpassningar.',
  areas: {
    'utredning-barn': {
      comment:
        'Kostnaderna för HVB-placeringar är lägre än budgeterat. Personalkostnaderna avviker negativt eftersom ett lönetillägg betalades ut i januari.',
      action:
        'Lönetillägget tas bort från och med februari. Enheten arbetar vidare med nätverksplaceringar för att undvika placering utanför barnets nätverk.',
    },
    rekrytering: {
      comment: 'Kommunen har köpt färre konsulentstödda jourhem än budgeterat, eftersom fler barn har kunnat tas emot i egna jourhem.',
      action: 'Rekryteringen av jourhem och familjehem fortsätter, med målet att ha 10 kontrakterade jourhem under året.',
    },
    'utredning-ungdom': {
      comment:
        'Externa placeringar kostar mindre än budgeterat. Flera ungdomar har under hösten och vintern kunnat flytta hem från HVB med stöd på hemmaplan.',
      action:
        'Hemtagningsarbetet fortsätter. Från årsskiftet har ett särskilt arbete mot gängkriminalitet (SIG) startat, som ska förebygga nya placeringar.',
    },
    familjehem: {
      comment:
        'Placeringskostnaderna är högre än budgeterat, eftersom det saknas familjehem i egen regi och fler barn därför bor i konsulentstödda familjehem. Lönetillägget i januari belastar också personalkostnaderna.',
      action:
        'Enheten kartlägger med hjälp av tjänstedesign vilket stöd familjehemmen behöver, så att fler ska vilja ta uppdrag direkt från kommunen.',
    },
    'vald-i-nara-relation': {
      comment: 'Enheten har kunnat ge fler insatser i egen regi, vilket har minskat behovet av externa köp.',
      action: 'Nuvarande arbetssätt fortsätter.',
    },
    tillstand: {
      comment:
        'Avgifterna för serveringstillstånd faktureras efter sommaren, medan intäktsbudgeten är fördelad med en tolftedel per månad.',
      action: 'Ingen åtgärd behövs; avvikelsen jämnas ut när avgifterna har fakturerats.',
    },
    'utveckling-stod': {
      comment: 'Statsbidragen från Migrationsverket för personer från Ukraina är lägre än budgeterat.',
      action: 'Kontoret ser över vilka tjänster som kan hållas vakanta och prövar alla nya inköp av system och licenser restriktivt.',
    },
    overgripande: {
      comment:
        'De beräknade kostnaderna för köp 2025 är lägre än tilldelad ram, och mellanskillnaden har budgeterats som en central helårspott för köp. Potten har inte behövt användas.',
      action: 'Ingen åtgärd krävs. Potten hålls centralt som buffert om kostnaderna för köp skulle öka.',
    },
  },
};

export const FEBRUARY: PeriodTexts = {
  summary: paras(
    'Hemtagningsarbetet som inleddes 2024 fortsätter att ge lägre kostnader för externa placeringar, främst inom utredningsenhet ungdom, och köpen av konsulentstödda jourhem är färre än beräknat. Familjehemsenheterna har däremot högre placeringskostnader än budgeterat.',
    'Det fastställda PO-påslaget blev lägre än det preliminära som kommunbidraget fördelades efter. Mellanskillnaden har lagts centralt under Övergripande.',
  ),
  forecastSummary:
    'Underlaget för en helårsprognos är fortfarande begränsat efter två månader. Placeringskostnaderna utvecklas gynnsamt och besparingsåtgärderna från föregående år ger effekt, men nämnden vill se fler månaders utfall innan effekterna räknas fullt ut. Löneöversynen har ännu inte genomförts.',
  investmentComment:
    'Investeringsbudgeten avser främst möbler och inventarier. Inköpen planeras till våren, och återhållsamhet gäller fortsatt, särskilt för anpassningar av lokaler.',
  ksResult:
    'Resultatet beror främst på lägre kostnader för externa placeringar och konsulentstödda jourhem till följd av hemtagningsarbetet. Familjehemsplaceringarna kostar mer än budgeterat.',
  ksForecast:
    'Prognosen är preliminär. Placeringskostnaderna väntas fortsatt ligga under budget, och mellanskillnaden för det lägre PO-påslaget har lagts centralt.',
  ksInvestment: 'Planerade investeringar avser möbler. Nämnden är fortsatt återhållsam med investeringar och lokalanpassningar.',
  areas: {
    'utredning-barn': {
      comment:
        'Kostnaderna för HVB-placeringar är lägre än budgeterat. Lönetillägget som betalades ut i januari påverkar fortfarande personalkostnaderna för perioden.',
      action:
        'Lönetillägget är borttaget från och med februari. Nätverksarbetet fortsätter för att undvika placeringar eller göra dem i barnets nätverk.',
    },
    rekrytering: {
      comment:
        'Köpen av konsulentstödda jourhem är lägre än budgeterat. De egna kontrakterade nätverkshemmen kostar dessutom mindre än föregående år.',
      action: 'En rekryteringskampanj för jourhem och familjehem pågår, och nätverken kring barnen inventeras grundligare än tidigare.',
    },
    'utredning-ungdom': {
      comment: 'Hemtagningsarbetet har gett större effekt än beräknat, och kostnaderna för externa placeringar ligger under budget.',
      action:
        'Hemtagningarna följs upp noga och planeras tillsammans med öppenvården, så att ungdomarna får stöd på hemmaplan och återplaceringar kan undvikas.',
      forecastComment: 'Hemtagningar och färre nya placeringar väntas ge lägre externa köp under året.',
    },
    familjehem: {
      comment:
        'Placeringskostnaderna överstiger budget eftersom det saknas tillräckligt många familjehem i egen regi. Intäkterna för ensamkommande barn täcker en del av underskottet.',
      action:
        'Konsulentstödda familjehem uppmuntras att ta uppdrag direkt från kommunen, och stödet till familjehemmen utvecklas med hjälp av tjänstedesign.',
      forecastComment: 'Externa köp av familjehemsplaceringar väntas fortsatt överstiga budget.',
    },
    'vald-i-nara-relation': {
      comment: 'Fler insatser ges i egen regi, vilket har minskat kostnaderna för externa köp som skyddat boende.',
      action: 'Enheten fortsätter med nuvarande insatser och följer upp dem löpande.',
    },
    tillstand: {
      comment: 'Intäktsbudgeten för serveringstillstånd är rak, medan avgifterna faktureras först efter sommaren.',
      action: 'Ingen åtgärd behövs; avvikelsen är en periodiseringseffekt.',
    },
    'utveckling-stod': {
      comment:
        'Statsbidragen från Migrationsverket för personer från Ukraina är lägre än budgeterat, och kostnaderna för reparationer och underhåll har varit högre än planerat.',
      action: 'Vakanta tjänster tillsätts bara efter särskild prövning, och nya inköp av appar, system och licenser skjuts upp.',
    },
    overgripande: {
      comment:
        'Mellanskillnaden mellan preliminärt och fastställt PO-påslag har lagts på personalkostnader övergripande. Den centrala helårspotten för köp har inte behövt användas.',
      action: 'Ingen åtgärd krävs. Medlen hålls centralt inför att kommunbidraget justeras för det lägre PO-påslaget.',
    },
  },
};
