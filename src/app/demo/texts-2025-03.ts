/** Demo texts of March 2025. */
import { type PeriodTexts, paras } from './texts-shape.ts';

export const MARCH: PeriodTexts = {
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
