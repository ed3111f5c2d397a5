import type { ReportJson } from '../shared/contract.ts';
import { formatMoney, isNegative, monthName, periodSpanLabel, signedMnkr } from '../shared/format.ts';

interface Card {
  label: string;
  value: string;
  negative: boolean;
  note: string;
}

/** The committee's total: result, deviation, last month's deviation and the annual forecast. */
export function KeyFigures({ report }: { report: ReportJson }) {
  const { total, previousPeriod, period, fiscalYear } = report;
  const cards: Card[] = [
    {
      label: 'Resultat ackumulerat',
      value: signedMnkr(total.actualResult),
      negative: isNegative(total.actualResult),
      note: periodSpanLabel(fiscalYear.start, period),
    },
    {
      label: 'Avvikelse mot budget',
      value: signedMnkr(total.deviation),
      negative: isNegative(total.deviation),
      note: `Budgeterat resultat ${formatMoney(total.budgetResult, 'mnkr', { signed: true })}`,
    },
    previousPeriod && total.previousDeviation !== null
      ? {
          label: `Föregående månad (${monthName(previousPeriod)})`,
          value: signedMnkr(total.previousDeviation),
          negative: isNegative(total.previousDeviation),
          note: `Avvikelse ackumulerat till och med ${monthName(previousPeriod)}`,
        }
      : {
          label: 'Föregående månad',
          value: '–',
          negative: false,
          note: 'Ingen jämförelse: första månaden i räkenskapsåret',
        },
    total.forecastDeviation !== null
      ? {
          label: 'Årsprognos',
          value: signedMnkr(total.forecastDeviation),
          negative: isNegative(total.forecastDeviation),
          note: 'Förväntad avvikelse mot årsbudget',
        }
      : { label: 'Årsprognos', value: '–', negative: false, note: 'Prognos saknas' },
  ];
  return (
    <section className="key-figures" aria-labelledby="key-figures-heading">
      <h2 id="key-figures-heading">Nämnden totalt</h2>
      <dl className="cards">
        {cards.map((card) => (
          <div className="card" key={card.label}>
            <dt>{card.label}</dt>
            <dd className={card.negative ? 'card-value negative' : 'card-value'}>{card.value}</dd>
            <dd className="card-note">{card.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
