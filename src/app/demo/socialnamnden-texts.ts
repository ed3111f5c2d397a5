/**
 * Demo texts for Socialnämnden, periods January–April 2025.
 *
 * Written in the spirit of the real April report in shared/seed, but rephrased throughout.
 * The texts explain causes and actions only: the figures the system computes itself (an area's
 * year-to-date deviation and forecast, the committee's totals, the PO and löneöversyn amounts,
 * the investment budget) are printed by the report next to these texts and are never repeated here.
 * Paragraphs are separated by a blank line.
 */

export type AreaId =
  | 'utredning-vuxen'
  | 'utredning-barn'
  | 'rekrytering'
  | 'utredning-ungdom'
  | 'familjehem'
  | 'vald-i-nara-relation'
  | 'tillstand'
  | 'boende'
  | 'forebyggande'
  | 'oppenvard'
  | 'flyktingboende'
  | 'utveckling-stod'
  | 'overgripande'
  | 'familjeratt'
  | 'mottagning';

export interface AreaTexts {
  comment?: string;
  action?: string;
  forecastComment?: string;
}

export interface PeriodTexts {
  /** Section 2 "Sammanfattning": causes of the result, after the generated figure sentences. */
  summary: string;
  /** Section 3: the committee's forecast explained, after the generated total. */
  forecastSummary: string;
  /** Section 4: what the investment outcome relates to. */
  investmentComment: string;
  /** Section 5, to kommunstyrelsen (FU): Resultat. */
  ksResult: string;
  /** Section 5, to kommunstyrelsen (FU): Årsprognos. */
  ksForecast: string;
  /** Section 5, to kommunstyrelsen (FU): Investeringsverksamhet. */
  ksInvestment: string;
  areas: Partial<Record<AreaId, AreaTexts>>;
}

/** Joins paragraphs with a blank line. */
const paras = (...paragraphs: string[]): string => paragraphs.join('\n\n');

const JANUARY: PeriodTexts = {
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

const FEBRUARY: PeriodTexts = {
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

const MARCH: PeriodTexts = {
  summary: paras(
    'Överskottet beror främst på att hemtagningsarbetet som inleddes 2024 fortsätter att ge lägre kostnader för externa placeringar och köpt öppenvård. Även köpen av konsulentstödda jourhem är lägre än budgeterat, sedan kommunen byggt upp fler egna jourhem.',
    'Familjehemsenheterna har högre placeringskostnader än budgeterat, och utveckling och stöd samt flyktingboendet har lägre intäkter från Migrationsverket än beräknat. Mellanskillnaden för det lägre PO-påslaget ligger centralt under Övergripande.',
  ),
  forecastSummary: paras(
    'Besparingsåtgärderna från föregående år ger effekt, och placeringskostnaderna väntas fortsätta ligga under budget. Den centrala potten för köp bedöms inte behöva användas.',
    'Löneöversynen är ännu inte klar inom alla områden, och dess effekt är därför preliminärt bedömd. De största osäkerheterna gäller placeringsvolymerna under hösten, kostnaderna för konsulter inom barnutredningarna och intäkterna från Migrationsverket.',
  ),
  investmentComment:
    'Planerade inköp av möbler genomförs under våren. Återhållsamhet gäller fortsatt, särskilt för anpassningar av lokaler.',
  ksResult:
    'Överskottet beror främst på lägre kostnader för externa placeringar och köpt öppenvård efter hemtagningsarbetet som inleddes 2024. Underskott finns inom familjehemsvården och för intäkter från Migrationsverket.',
  ksForecast:
    'Prognosen bygger på fortsatt låga placeringskostnader och på att den centrala potten för köp inte används. Konsultkostnader för barnutredare och minskade intäkter från Migrationsverket drar ned prognosen. Effekten av löneöversynen är ännu preliminär.',
  ksInvestment: 'Inköpen avser möbler, och nämnden är fortsatt återhållsam med lokalanpassningar.',
  areas: {
    'utredning-vuxen': {
      comment:
        'Underskottet beror främst på kostnaderna för de jourlägenheter som används vid hemtagning från HVB och som saknar budget. Finansieringen av enhetens vägledare för årets första månader har ännu inte bokförts.',
      action:
        'Enheten fortsätter att ta hem vuxna från HVB till boende och stöd på hemmaplan. När LVM-ärendena har minskat har delar av det ambulerande teamet kunnat inriktas mot unga vuxna som ska etablera sig i eget boende efter en placering. En HVB-samordnare för vuxna rekryteras för att öka avtalstroheten vid externa köp.',
      forecastComment:
        'De 11 jourlägenheterna saknar budget och ger en negativ prognos, men de är nödvändiga för att hemtagningarna ska kunna genomföras.',
    },
    'utredning-barn': {
      comment:
        'Kostnaderna för HVB-placeringar är lägre än budgeterat. Personalkostnaderna påverkas negativt av lönetillägget som betalades ut i januari och togs bort från februari.',
      action: 'Nätverksarbetet fortsätter, så att placering kan undvikas eller, när den behövs, göras i barnets nätverk.',
      forecastComment: 'Svårigheter att rekrytera barnutredare gör att konsulter behöver anlitas, vilket väntas ge en negativ prognos.',
    },
    rekrytering: {
      comment:
        'Köpen av konsulentstödda jourhem är lägre än budgeterat, eftersom fler barn kan tas emot i kommunens egna jourhem. De egna kontrakterade nätverkshemmen kostar mindre än föregående år.',
      action:
        'Rekryteringskampanjen fortsätter, och nätverken kring barnen inventeras grundligare på uppdrag av mottagningsenheten och utredningsenheterna. Enheten är nära målet om 10 kontrakterade jourhem.',
      forecastComment: 'Externa köp av konsulentstödda jourhem beräknas fortsatt bli lägre än budgeterat.',
    },
    'utredning-ungdom': {
      comment:
        'Externa placeringar kostar mindre än budgeterat, eftersom hemtagningsarbetet har gett större effekt än beräknat för perioden.',
      action:
        'Hemtagningarna fortsätter med stöd av intern och extern öppenvård. Sedan årsskiftet pågår insatser mot gängkriminalitet (SIG), som också ska göra tidigare hemtagning möjlig.',
      forecastComment: 'Hemtagningar från HVB och färre nya placeringar väntas ge lägre externa köp under året.',
    },
    familjehem: {
      comment: paras(
        'Placeringskostnaderna överstiger budget, eftersom det saknas tillräckligt många familjehem i egen regi. Intäkterna för ensamkommande barn täcker en del av underskottet.',
        'Personalkostnaderna belastas av lönetillägget i januari och av omkostnadsersättningar till uppdragstagare.',
      ),
      action:
        'Stödet till familjehemmen utvecklas med hjälp av tjänstedesign, och konsulentstödda familjehem uppmuntras att ta uppdrag direkt från kommunen.',
      forecastComment:
        'Externa köp och en utökning av personalen för att kunna föra över familjehem till egen regi ger en negativ prognos.',
    },
    'vald-i-nara-relation': {
      comment: 'Fler insatser ges av enheten själv, vilket har minskat kostnaderna för externa köp.',
      action: 'Enheten fortsätter med nuvarande insatser och följer upp dem löpande.',
      forecastComment: 'Insatserna på hemmaplan minskar behovet av placeringar, och prognosen är positiv.',
    },
    tillstand: {
      comment:
        'Avgifterna för serveringstillstånd faktureras först efter sommaren, medan intäktsbudgeten är fördelad med en tolftedel per månad.',
      action: 'Ingen åtgärd behövs; avvikelsen jämnas ut när avgifterna har fakturerats.',
    },
    boende: {
      comment:
        'Personalkostnaderna är lägre än budgeterat. Enhetens boendelösningar gör det också möjligt för andra enheter att ta hem placerade klienter.',
      action: 'Bemanningen anpassas efter antalet boende, och behovet av lägenheter stäms av varje månad.',
      forecastComment: 'Färre lägenheter än planerat behövs utifrån antalet deltagare, vilket ger en positiv prognos.',
    },
    forebyggande: {
      comment:
        'Underskottet beror på att vissa budgeterade statsbidrag ännu inte har tagits emot, bland annat de som finansierar de två fältassistenterna. Tjänsten som drogsamordnare har varit vakant sedan årsskiftet, vilket delvis motverkar underskottet.',
      action:
        'Enheten följer upp statsbidragen och räknar med att de betalas ut under våren. Personal- och verksamhetskostnaderna är i övrigt i balans.',
    },
    oppenvard: {
      comment:
        'Personalkostnaderna är lägre än budgeterat, eftersom sjukfrånvaro i flera enheter inte har ersatts med vikarier. Samtidigt bär verksamheten kostnaden för SIG-samordnaren utan att statsbidraget ännu har bokförts.',
      action: 'Statsbidraget för SIG-samordnaren rekvireras för perioden januari–april. Sjukfrånvaron följs upp tillsammans med HR.',
      forecastComment: 'Personalkostnaderna väntas öka under hösten när vakanser tillsätts och sjukskriven personal återgår i arbete.',
    },
    flyktingboende: {
      comment: 'Intäkterna från Migrationsverket är lägre än förväntat, eftersom färre platser har varit belagda under första kvartalet.',
      action:
        'Antalet platser och bemanningen stäms av mot beläggningen, och dialog förs med Migrationsverket om anvisningarna under året.',
      forecastComment: 'Lägre intäkter från Migrationsverket väntas under hela året.',
    },
    'utveckling-stod': {
      comment:
        'Statsbidragen från Migrationsverket för personer från Ukraina är lägre än budgeterat. Kostnaderna för reparationer och underhåll har dessutom varit högre än planerat.',
      action: 'Tjänster hålls vakanta där det är möjligt, och nya inköp av appar, system och licenser prövas restriktivt.',
      forecastComment: 'Minskade statsbidrag kopplade till flyktingar från Ukraina ger en negativ prognos.',
    },
    overgripande: {
      comment:
        'Mellanskillnaden mellan preliminärt och fastställt PO-påslag har lagts på personalkostnader övergripande. Här finns också den centrala helårspotten för köp, som budgeterades eftersom de beräknade kostnaderna för köp är lägre än tilldelad ram.',
      action: 'Ingen åtgärd krävs. Medlen hålls centralt som buffert för köp och inför att kommunbidraget minskas.',
      forecastComment:
        'Mellanskillnaden för PO-påslaget och den centrala potten för köp, som inte väntas behöva användas, ger en positiv prognos.',
    },
    familjeratt: {
      forecastComment: 'En vakans täcks med konsult i väntan på rekrytering, vilket ger en negativ prognos.',
    },
  },
};

const APRIL: PeriodTexts = {
  summary: paras(
    'Den positiva avvikelsen förklaras till största delen av hemtagningsarbetet som inleddes 2024. Färre barn, unga och vuxna är placerade på HVB och fler får stöd på hemmaplan, vilket har gett lägre kostnader för externa placeringar och för köpt öppenvård. Kommunen köper också färre konsulentstödda jourhem, sedan rekryteringsenheten byggt upp ett eget nätverk av kontrakterade jourhem. Skillnaden mellan preliminärt och fastställt PO-påslag ligger centralt under Övergripande och bidrar till överskottet.',
    'Underskotten finns framför allt inom familjehemsenheterna, där det saknas tillräckligt många familjehem i egen regi, samt inom flyktingboendet och utveckling och stöd, där intäkterna från Migrationsverket har blivit lägre än beräknat. Tillståndsenhetens avvikelse är en periodiseringseffekt som jämnas ut när avgifterna för serveringstillstånd faktureras efter sommaren.',
  ),
  forecastSummary: paras(
    'De besparings- och omställningsåtgärder som nämnden har arbetat med sedan föregående år ger nu tydliga ekonomiska effekter. Prognosen bygger främst på att placeringskostnaderna fortsätter att ligga under budget, både genom hemtagningar från HVB och genom att färre barn och unga placeras. Den centrala potten för köp bedöms inte behöva tas i anspråk, och ytterligare statsbidrag för subventionerade placeringar väntas utlysas under året.',
    'I prognosen ingår nettoeffekten av det lägre PO-påslaget och av löneöversynen, som har gett ca 0,6 % högre löneökning än nämnden har kompenserats för. Den delen av överskottet är en följd av för högt tilldelat kommunbidrag och inte av verksamhetens utfall. Osäkerheter finns i placeringsvolymerna under hösten, i kostnaderna för inhyrda socialsekreterare och i intäkterna från Migrationsverket.',
  ),
  investmentComment: paras(
    'Utfallet hittills avser inköp av möbler, främst till samtalsrum och gemensamma ytor i samband med omflyttningar inom förvaltningen.',
    'Nämnden fortsätter att vara återhållsam med investeringar. Anpassningar av lokaler görs bara när de är nödvändiga av arbetsmiljö- eller säkerhetsskäl.',
  ),
  ksResult:
    'Överskottet beror i huvudsak på effekterna av hemtagningsarbetet som inleddes 2024, som har gett lägre kostnader för externa placeringar och köpt öppenvård. Underskott finns inom familjehemsvården, där det saknas familjehem i egen regi, och i de verksamheter där intäkterna från Migrationsverket har minskat.',
  ksForecast: paras(
    'Prognosen beror främst på lägre placeringskostnader till följd av hemtagningar från HVB och färre nya placeringar, och den inkluderar nettoeffekten av lägre PO-påslag och löneöversyn. Svårigheter att rekrytera socialsekreterare till barnutredningar gör att konsulter behöver anlitas, vilket ökar kostnaderna under hösten.',
    'Intäkterna från Migrationsverket för boende till personer från Ukraina har minskat sedan de har kunnat folkbokföras. Kostnaderna flyttar i praktiken till AFN, till exempel som ekonomiskt bistånd.',
  ),
  ksInvestment:
    'Utfallet avser möbler. Kommunfullmäktiges justering av investeringsbudgeten i mars är inarbetad, och nämnden fortsätter att vara restriktiv med investeringar och lokalanpassningar.',
  areas: {
    'utredning-vuxen': {
      comment:
        'Underskottet förklaras främst av kostnaderna för de jourlägenheter som enheten använder vid hemtagning från HVB och som inte finns med i budgeten. I april fick enhetens vägledare finansiering för hela perioden januari–april, vilket har minskat underskottet jämfört med mars.',
      action: paras(
        'Enheten arbetar vidare med att hitta rätt boende och stöd på hemmaplan, så att återfall i missbruk eller kriminalitet kan undvikas. Eftersom antalet LVM-ärenden har minskat har delar av det ambulerande teamet kunnat ägna sig åt unga vuxna som kommer hem från HVB eller stödboende och ska etablera sig i ett eget boende. Efter förberedelser under våren startar ett gemensamt utvecklingsarbete med öppenvården och övriga enheter som möter målgruppen, med fokus på öppenvårdsinsatser i egen regi, boende, försörjningsstöd och arbetsmarknadsinsatser.',
        'Avhopparverksamheten drivs vidare tillsammans med polisen. Vid externa köp ska avtalstroheten öka: en HVB-samordnare för vuxna, som arbetar heltid från mitten av maj, ska matcha placeringar mot avtalade leverantörer, kontrollera dygnskostnaden och följa upp att vården håller avtalad kvalitet.',
      ),
      forecastComment:
        'Enheten har 11 jourlägenheter som saknar budget, vilket förklarar den negativa prognosen. Lägenheterna är en förutsättning för att kunna ta hem vuxna från HVB och bedöms löna sig genom lägre placeringskostnader.',
    },
    'utredning-barn': {
      comment: paras(
        'Överskottet beror framför allt på att kostnaderna för HVB-placeringar är lägre än budgeterat. Att det är mindre än i mars förklaras av en ny placering under april och av kostnader för inhyrd socialsekreterare.',
        'Personalkostnaderna avviker något negativt, eftersom ett lönetillägg betalades ut i januari. Tillägget togs bort från och med februari och påverkar inte resten av året.',
      ),
      action:
        'Enheten fortsätter med nätverksarbetet, så att placeringar kan undvikas eller, när en placering ändå behövs, göras i barnets eget nätverk. Nätverket kartläggs tidigt i utredningen i samarbete med rekryteringsenheten.',
      forecastComment:
        'Det är svårt att rekrytera socialsekreterare till barnutredartjänsterna, och enheten behöver därför avropa konsulter under resten av året. Konsultkostnaderna väntas bli högre än det som sparas på lägre placeringskostnader.',
    },
    rekrytering: {
      comment:
        'Kommunen har i betydligt mindre utsträckning behövt köpa konsulentstödda jourhem, eftersom barn oftare kan tas emot i egna jourhem. Även personalkostnaderna ligger under budget; det gäller främst de egna kontrakterade nätverkshemmen, som kostar mindre än föregående år.',
      action: paras(
        'Rekryteringskampanjen för nya familjehem och jourhem fortsätter. På uppdrag av mottagningsenheten och utredningsenheterna inventeras barnens nätverk mer grundligt än tidigare, så att fler barn kan placeras hos någon de känner.',
        'Målet om 10 kontrakterade jourhem är nu nått. Fler rekryterade familjehem ökar enhetens egna kostnader men minskar på sikt behovet av att köpa konsulentstödda jourhem. Samtidigt förstärks stödet till befintliga familjehem, vilket ska göra uppdraget mer attraktivt.',
      ),
      forecastComment:
        'Den positiva prognosen beror på minskade externa köp av konsulentstödda jourhem, när de egna jourhemmen kan ta emot fler barn.',
    },
    'utredning-ungdom': {
      comment:
        'Kostnaderna för externa placeringar är lägre än budgeterat. Hemtagningsarbetet har gett större effekt än vad som var beräknat för perioden, och under april har ytterligare ungdomar kunnat flytta hem från HVB.',
      action: paras(
        'Hemtagningarna ökar efterfrågan på både intern och extern öppenvård, och insatserna planeras därför tillsammans med öppenvården. Sedan årsskiftet pågår ett särskilt arbete mot gängkriminalitet (SIG), som ska motverka att fler unga dras in i kriminalitet och göra det möjligt att ta hem ungdomar tidigare.',
        'Antalet barn och unga som är placerade på HVB fortsätter att minska. Endast enstaka ungdomar har behövt placeras på nytt efter en hemtagning, vilket tyder på att arbetssättet håller.',
      ),
      forecastComment:
        'Prognosen är positiv eftersom de externa köpen minskar, både genom hemtagningar från HVB och genom att färre ungdomar placeras. Den förutsätter att antalet återplaceringar förblir lågt under hösten.',
    },
    familjehem: {
      comment: paras(
        'Placeringskostnaderna är något högre än vad som förväntades för perioden. Det beror på att det inte finns tillräckligt många familjehem i egen regi, och att fler barn därför bor i dyrare konsulentstödda familjehem. Intäkterna för ensamkommande barn täcker en del av underskottet.',
        'Även personalkostnaderna avviker negativt, dels på grund av lönetillägget som betalades ut i januari, dels på grund av omkostnadsersättningar till uppdragstagare.',
      ),
      action: paras(
        'Enheten har använt tjänstedesign för att ta reda på vilket stöd familjehemmen behöver och hur det ska ges. Arbetet ska leda till ett mer samlat stöd och färre sammanbrott i placeringarna.',
        'Konsulentstödda familjehem uppmuntras aktivt att i stället ta sina uppdrag direkt från kommunen, med kommunens eget stöd och handledning. När ett sådant byte sker sjunker dygnskostnaden för placeringen påtagligt.',
      ),
      forecastComment:
        'Den negativa prognosen beror på externa köp av familjehemsplaceringar och på att personalen utökas för att kunna överrekrytera och föra över externa familjehem till egen regi. Utökningen ska sänka placeringskostnaderna på sikt.',
    },
    'vald-i-nara-relation': {
      comment:
        'Enheten ger i allt högre grad stöd och skydd genom egna insatser, vilket har minskat behovet av externa köp som skyddat boende och behandling.',
      action:
        'Enheten fortsätter med nuvarande arbetssätt och följer löpande upp att de egna insatserna ger tillräckligt skydd och stöd. Externa placeringar görs när säkerheten kräver det.',
      forecastComment:
        'De insatser som enheten har byggt upp på hemmaplan gör att placeringar inte behövs i samma utsträckning som tidigare, och prognosen är därför positiv.',
    },
    tillstand: {
      comment:
        'Avgifterna för serveringstillstånd faktureras efter sommaren. Intäktsbudgeten är inte periodiserad utan fördelad med en tolftedel per månad, och enheten visar därför ett underskott fram till faktureringen.',
      action:
        'Ingen åtgärd behövs, eftersom avvikelsen jämnas ut när årsavgifterna har fakturerats. Inför budget 2026 ses över om intäkterna kan periodiseras efter när faktureringen faktiskt sker.',
    },
    boende: {
      comment:
        'Överskottet förklaras av låga personalkostnader. Enhetens arbete med att ordna boende bidrar dessutom till att andra enheter kan ta hem placerade klienter, vilket syns i deras resultat.',
      action:
        'Enheten fortsätter att anpassa bemanningen efter antalet boende och följer beläggningen varje månad, så att inte fler lägenheter hålls än vad som behövs.',
      forecastComment:
        'Enheten har planerat för fler lägenheter än vad som behövs med nuvarande antal deltagare, vilket ger en positiv prognos.',
    },
    forebyggande: {
      comment: paras(
        'De två fältassistenter som beslutades politiskt 2023 för att förstärka det förebyggande arbetet mot gängkriminalitet finansieras av statsbidragen för psykisk hälsa och för barn som riskerar att begå brott inom organiserad brottslighet. Under april har bidrag för årets första månader intäktsförts, vilket har vänt underskottet från mars.',
        'Kommunens drogsamordnare gick i pension vid årsskiftet och tjänsten har inte tillsatts. En del arbetsuppgifter har upphört och andra har fördelats på övriga medarbetare.',
      ),
      action:
        'Vissa budgeterade statsbidrag har ännu inte betalats ut, och enheten följer upp dem med respektive myndighet. Personal- och verksamhetskostnaderna är i övrigt i balans. Senare under året fattas beslut om hur kommunens drogsamordning ska organiseras framöver.',
    },
    oppenvard: {
      comment:
        'Personalkostnaderna är lägre än budgeterat, eftersom sjukfrånvaro inom flera av enheterna inte har ersatts med vikarier. I april intäktsfördes dessutom statsbidraget som täcker hela kostnaden för SIG-samordnaren för januari–april.',
      action:
        'Sjukfrånvaron följs upp tillsammans med HR, och arbetet med rehabilitering och återgång pågår. Verksamheten prioriterar sina insatser så att ungdomar och vuxna som tas hem från HVB får stöd i egen regi, trots den lägre bemanningen.',
      forecastComment:
        'Rekrytering pågår, och sjukskriven personal väntas gå upp i arbetstid. Personalkostnaderna beräknas därför öka under hösten, vilket minskar överskottet jämfört med hittills under året.',
    },
    flyktingboende: {
      comment:
        'Intäkterna från Migrationsverket är lägre än förväntat. Sedan personer med tillfälligt skydd från Ukraina har kunnat folkbokföras lämnar fler det statliga mottagandet, och ersättningen för boendet minskar.',
      action:
        'Boendet anpassar antalet platser och bemanningen efter beläggningen, och dialog förs med Migrationsverket om hur många anvisningar som kan väntas under resten av året.',
      forecastComment:
        'Intäkterna från Migrationsverket väntas bli lägre än budgeterat under hela året, eftersom färre personer bor kvar i det statliga mottagandet.',
    },
    'utveckling-stod': {
      comment:
        'Underskottet beror på lägre statsbidrag från Migrationsverket för personer från Ukraina än budgeterat, samt på kostnader för reparationer och underhåll.',
      action: paras(
        'Utveckling och stöd har fått ytterligare ett besparingsbeslut kopplat till AFN:s underskott för 2025. Det kräver att fler tjänster hålls vakanta, och samtidigt gäller stopp för inköp av nya appar, system och licenser.',
        'Parallellt görs en genomgång av befintliga system och licenser för att prioritera mellan dem och avveckla det som inte är nödvändigt.',
      ),
      forecastComment:
        'Statsbidragen kopplade till flyktingar från Ukraina minskar, vilket ger kontoret en negativ prognos trots vakanshållning och inköpsstopp.',
    },
    overgripande: {
      comment: paras(
        'Kommunbidraget fördelades utifrån det preliminära PO-påslaget. Eftersom det fastställda påslaget blev lägre har nämnden lagt mellanskillnaden på personalkostnader övergripande, för att ha täckning när kommunbidraget minskas.',
        'De beräknade kostnaderna för köp 2025 är lägre än tilldelad ram, och därför budgeterades också en central helårspott för köp. Den har hittills inte behövt användas.',
      ),
      action:
        'Ingen åtgärd krävs. Potten hålls centralt och används bara om kostnaderna för köp ökar mer än beräknat, och mellanskillnaden för PO-påslaget återgår när kommunbidraget justeras.',
      forecastComment:
        'Den positiva prognosen består av mellanskillnaden för PO-påslaget och av den centrala potten för köp, som inte beräknas behöva användas. Dessutom väntas ytterligare statsbidrag för subventioner av placeringar att utlysas för innevarande år.',
    },
    familjeratt: {
      forecastComment:
        'Prognosen är negativ på grund av en vakans som har täckts med konsult. Tjänsten är nu tillsatt, men under introduktionen överlappar den nya medarbetaren med konsulten.',
    },
  },
};

export const DEMO_TEXTS: Record<'2025-01' | '2025-02' | '2025-03' | '2025-04', PeriodTexts> = {
  '2025-01': JANUARY,
  '2025-02': FEBRUARY,
  '2025-03': MARCH,
  '2025-04': APRIL,
};
