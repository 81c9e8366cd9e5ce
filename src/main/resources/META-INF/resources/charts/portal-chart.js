// Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart also by order in the legend.
const COLOURS = ['#1f5fa8', '#b3461b', '#2e7d32', '#6a3d9a', '#8a6d00', '#00796b', '#c2185b', '#455a64'];

/**
 * A chart drawn by Chart.js (MIT; its UMD build, served from its Maven artifact org.webjars.npm:chart.js) of labels and datasets ([{label, values}])
 * set as JSON properties from the server. The figures are also in the table beside it, so the canvas is one image
 * for screen readers, named by the `summary` property.
 */
class PortalChart extends HTMLElement {
  constructor() {
    super();
    this._labels = [];
    this._datasets = [];
    this._type = 'bar';
    this._summary = '';
  }

  set labels(value) { this._labels = value || []; this._schedule(); }
  get labels() { return this._labels; }
  set datasets(value) { this._datasets = value || []; this._schedule(); }
  get datasets() { return this._datasets; }
  set type(value) { this._type = value || 'bar'; this._schedule(); }
  get type() { return this._type; }
  set summary(value) { this._summary = value || ''; this._schedule(); }
  get summary() { return this._summary; }
  set locale(value) { this._locale = value; this._schedule(); }
  get locale() { return this._locale; }

  connectedCallback() {
    // properties the server set before this script defined the element are plain fields: pass them to the setters
    for (const name of ['labels', 'datasets', 'type', 'summary', 'locale']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._canvas) {
      this.style.display = 'block';
      this.style.position = 'relative';
      this.style.minHeight = '16rem';
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    this._schedule();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = undefined;
    }
  }

  // Properties arrive one after the other in one round trip: draw once, after the last.
  _schedule() {
    if (this._pending) return;
    this._pending = true;
    queueMicrotask(() => { this._pending = false; this._draw(); });
  }

  _draw() {
    if (!this._canvas || !this.isConnected) return;
    // Chart.js (chart.umd.min.js) is added to the page with this file; wait until it has run
    if (!window.Chart) {
      setTimeout(() => this._schedule(), 50);
      return;
    }
    const Chart = window.Chart;
    this._canvas.setAttribute('aria-label', this._summary);
    const data = {
      labels: this._labels,
      datasets: this._datasets.map((set, i) => ({
        label: set.label,
        data: set.values,
        backgroundColor: COLOURS[i % COLOURS.length],
        borderColor: COLOURS[i % COLOURS.length],
      })),
    };
    if (this._chart && this._chart.config.type === this._type) {
      this._chart.data = data;
      this._chart.update();
      return;
    }
    if (this._chart) this._chart.destroy();
    const whole = this._datasets.every(set => (set.values || []).every(Number.isInteger));
    this._chart = new Chart(this._canvas, {
      type: this._type,
      data,
      options: {
        locale: this._locale || undefined,
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // counts have no tenths: whole-number ticks unless a figure has a fraction (an amount)
        scales: { y: { beginAtZero: true, ticks: { precision: whole ? 0 : undefined } } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
  }
}

if (!customElements.get('portal-chart')) {
  customElements.define('portal-chart', PortalChart);
}
