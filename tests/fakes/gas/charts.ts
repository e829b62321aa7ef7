/**
 * Fake embedded charts (Sheet.newChart / insertChart / getCharts / removeChart / updateChart,
 * EmbeddedChartBuilder, EmbeddedChart.modify), held to Google (sources in BEHAVIOURS.md): a
 * built chart is on no sheet until insertChart; modify() gives a builder over a copy, and the
 * change is saved only when updateChart is called with the rebuilt chart ("Changes made to the
 * chart are not saved until Sheet.updateChart(chart) is called on the rebuilt chart"); removing
 * or updating a chart that is not on the sheet fails; Sheet.clear() leaves charts where they
 * are (it clears "content and formatting"), so a tab rebuilt by clearing keeps its old charts
 * unless they are removed. Charts remember their type, title, ranges, header count and position.
 */
import type { EmbeddedChartBuilderSurface, EmbeddedChartSurface, EmbeddedTypedChartBuilderSurface, RangeSurface } from '../../../src/gas/surface';
import type { Area } from './spreadsheet';

export type FakeChartType = 'LINE' | 'COLUMN' | 'UNSET';

export interface ChartState {
  type: FakeChartType;
  title: string | null;
  /** Ranges on their sheet: the sheet's name and the area. */
  ranges: Array<{ sheet: string; area: Area }>;
  numHeaders: number;
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number } | null;
}

/** A range the builder accepts: the fake's own, which knows its sheet and area. */
export interface ChartRangeSource {
  chartArea(): { sheet: string; area: Area };
  rangeFor(sheet: string, area: Area): RangeSurface;
}

function copyState(state: ChartState): ChartState {
  return { ...state, ranges: state.ranges.map((r) => ({ sheet: r.sheet, area: { ...r.area } })), options: { ...state.options }, position: state.position && { ...state.position } };
}

export class FakeEmbeddedChart implements EmbeddedChartSurface {
  constructor(
    /** Null until the chart is inserted into a sheet. */
    public chartId: number | null,
    readonly state: ChartState,
    private readonly ranges: (sheet: string, area: Area) => RangeSurface,
  ) {}

  getChartId(): number | null {
    return this.chartId;
  }
  getRanges(): RangeSurface[] {
    return this.state.ranges.map((r) => this.ranges(r.sheet, r.area));
  }
  modify(): EmbeddedChartBuilderSurface {
    return new FakeChartBuilder(copyState(this.state), this.ranges, this.chartId);
  }
}

export class FakeChartBuilder implements EmbeddedChartBuilderSurface, EmbeddedTypedChartBuilderSurface {
  constructor(
    private readonly state: ChartState,
    private readonly ranges: (sheet: string, area: Area) => RangeSurface,
    private readonly chartId: number | null = null,
  ) {}

  asLineChart(): EmbeddedTypedChartBuilderSurface {
    this.state.type = 'LINE';
    return this;
  }
  asColumnChart(): EmbeddedTypedChartBuilderSurface {
    this.state.type = 'COLUMN';
    return this;
  }
  setTitle(chartTitle: string): EmbeddedTypedChartBuilderSurface {
    this.state.title = chartTitle;
    return this;
  }
  addRange(range: RangeSurface): EmbeddedChartBuilderSurface {
    const source = range as unknown as Partial<ChartRangeSource>;
    if (typeof source.chartArea !== 'function') throw new Error('Charts take ranges from SpreadsheetApp.');
    this.state.ranges.push(source.chartArea());
    return this;
  }
  clearRanges(): EmbeddedChartBuilderSurface {
    this.state.ranges = [];
    return this;
  }
  setNumHeaders(headers: number): EmbeddedChartBuilderSurface {
    this.state.numHeaders = headers;
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilderSurface {
    this.state.options[option] = value;
    if (option === 'title') this.state.title = String(value);
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderSurface {
    if (anchorRowPos < 1 || anchorColPos < 1) throw new Error('Invalid argument: anchor position');
    this.state.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  build(): EmbeddedChartSurface {
    if (this.state.ranges.length === 0) throw new Error('A chart needs at least one range (addRange) before build().');
    if (this.state.type === 'UNSET') throw new Error('Chart type is not set (asLineChart, asColumnChart or setChartType).');
    return new FakeEmbeddedChart(this.chartId, copyState(this.state), this.ranges);
  }
}

export function newChartState(): ChartState {
  return { type: 'UNSET', title: null, ranges: [], numHeaders: -1, options: {}, position: null };
}

/** The charts of one sheet, in insertion order. */
export class SheetCharts {
  private readonly charts: FakeEmbeddedChart[] = [];
  private static nextId = 1;

  constructor(private readonly ranges: (sheet: string, area: Area) => RangeSurface) {}

  builder(): FakeChartBuilder {
    return new FakeChartBuilder(newChartState(), this.ranges);
  }

  insert(chart: EmbeddedChartSurface): void {
    const fake = this.own(chart);
    if (fake.chartId !== null && this.charts.some((c) => c.chartId === fake.chartId)) throw new Error('This chart is already on the sheet; use updateChart.');
    this.charts.push(new FakeEmbeddedChart(SheetCharts.nextId++, copyState(fake.state), this.ranges));
  }

  list(): FakeEmbeddedChart[] {
    return this.charts.map((c) => new FakeEmbeddedChart(c.chartId, copyState(c.state), this.ranges));
  }

  remove(chart: EmbeddedChartSurface): void {
    const index = this.charts.findIndex((c) => c.chartId !== null && c.chartId === this.own(chart).chartId);
    if (index < 0) throw new Error('Chart not found on this sheet.');
    this.charts.splice(index, 1);
  }

  update(chart: EmbeddedChartSurface): void {
    const fake = this.own(chart);
    const index = this.charts.findIndex((c) => c.chartId !== null && c.chartId === fake.chartId);
    if (index < 0) throw new Error('Chart not found on this sheet; insert it with insertChart.');
    this.charts[index] = new FakeEmbeddedChart(fake.chartId, copyState(fake.state), this.ranges);
  }

  /** Plain states, for assertions. */
  states(): ChartState[] {
    return this.charts.map((c) => copyState(c.state));
  }

  /** The same charts on a copied sheet (a copied file keeps its charts). */
  copyInto(target: SheetCharts): void {
    for (const chart of this.charts) target.charts.push(new FakeEmbeddedChart(SheetCharts.nextId++, copyState(chart.state), target.ranges));
  }

  private own(chart: EmbeddedChartSurface): FakeEmbeddedChart {
    if (!(chart instanceof FakeEmbeddedChart)) throw new Error('Charts must come from Sheet.newChart().');
    return chart;
  }
}
