/**
 * Demo texts of April 2025, the month of the seed report. Utredning vuxen's action keeps the
 * seed's stale sentence (work that "har inletts i augusti", in an April report) on purpose: the
 * demo shows the text warning it gives (src/core/text-warnings.ts).
 */
import { type PeriodTexts, paras } from './texts-shape.ts';

export const APRIL: PeriodTexts = {
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
        'Enheten arbetar vidare med att hitta rätt boende och stöd på hemmaplan, så att återfall i missbruk eller kriminalitet kan undvikas. Eftersom antalet LVM-ärenden har minskat har delar av det ambulerande teamet kunnat ägna sig åt unga vuxna som kommer hem från HVB eller stödboende och ska etablera sig i ett eget boende. Ett gemensamt utvecklingsarbete med öppenvården och övriga enheter som möter målgruppen har inletts i augusti, efter förberedelser under våren, med fokus på öppenvårdsinsatser i egen regi, boende, försörjningsstöd och arbetsmarknadsinsatser.',
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
