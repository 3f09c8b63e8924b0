// The reference hiring-analytics dashboard: reads an employer's funnel and sources through the
// TypeScript SDK and draws them with Chart.js (bundled). Open it as
//   index.html?api=https://api.example&job=<job id, optional>#token=<bearer token>
// The token stays in the fragment: it is never sent to the server that serves this page.

import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import { JobsApiClient, isProblem, type Schemas } from "../../typescript/src/client.ts";

Chart.register(ArcElement, BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
// Drawn once, at its final state: no animation (screenshots and reduced motion alike).
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

type Report = Schemas["AnalyticsReport"];
type Sources = Schemas["AnalyticsSourceReport"];

const COLORS = { views: "#7a8fa3", visitors: "#b6c4d1", applications: "#0a5c7a", hired: "#1f8a4c", rejected: "#b54a3c" };
const STEPS = ["views", "applications", "screening", "interview", "offer", "hired"] as const;
const SOURCE_NAMES: Record<string, string> = {
  careers_page: "Careers page",
  widget: "Widget",
  public_api: "Public API",
  internal: "Added by a recruiter",
};

const params = new URLSearchParams(location.search);
const token = new URLSearchParams(location.hash.slice(1)).get("token") ?? undefined;
const api = params.get("api") ?? location.origin;
const job = params.get("job");
const client = new JobsApiClient({ baseUrl: api, token: () => token });
const charts: Chart[] = [];

function el<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing`);
  return found as T;
}

function cell(tag: "td" | "th", text: string): HTMLElement {
  const c = document.createElement(tag);
  c.textContent = text;
  if (tag === "th") c.setAttribute("scope", "row");
  return c;
}

function percent(rate: number | null | undefined): string {
  return rate == null ? "–" : `${(rate * 100).toFixed(rate < 0.1 ? 1 : 0)} %`;
}

function duration(seconds: number | null | undefined): string {
  if (seconds == null) return "–";
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86400).toFixed(1)} d`;
}

function glance(report: Report): void {
  const t = report.totals;
  const items: [string, string][] = [
    ["Views", t.views.toLocaleString("en")],
    ["Unique visitors", t.unique_visitors.toLocaleString("en")],
    ["Applications", t.applications.toLocaleString("en")],
    ["Hired", t.hired.toLocaleString("en")],
    ["Hire ratio", percent(t.hire_ratio)],
    ["Offers accepted", `${t.offers_accepted} of ${t.offer}`],
    ["Median time to hire", duration(report.time_to_hire.median_seconds)],
  ];
  const list = el<HTMLDListElement>("glance");
  list.replaceChildren(
    ...items.map(([label, value]) => {
      const group = document.createElement("div");
      const dt = document.createElement("dt");
      dt.textContent = label;
      const dd = document.createElement("dd");
      dd.textContent = value;
      group.append(dt, dd);
      return group;
    }),
  );
}

function funnel(report: Report): void {
  const t = report.totals;
  const counts = STEPS.map((step) => (step === "views" ? t.views : t[step]));
  charts.push(
    new Chart(el<HTMLCanvasElement>("funnel-chart"), {
      type: "bar",
      data: {
        labels: STEPS.map((s) => s.charAt(0).toUpperCase() + s.slice(1)),
        datasets: [{ label: "Reached", data: counts, backgroundColor: [COLORS.views, ...Array(4).fill(COLORS.applications), COLORS.hired] }],
      },
      options: { indexAxis: "y", plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true } } },
    }),
  );
  const times = new Map<string, number | null>(report.stage_times.map((s) => [s.stage, s.median_seconds]));
  const rows = STEPS.map((step, i) => {
    const row = document.createElement("tr");
    const rate = i === 0 ? undefined : report.conversions[i - 1]?.rate;
    const stageTime = step === "applications" ? times.get("new") : times.get(step);
    row.append(cell("th", step), cell("td", String(counts[i])), cell("td", i === 0 ? "" : percent(rate)), cell("td", duration(stageTime)));
    return row;
  });
  el("funnel-table").querySelector("tbody")?.replaceChildren(...rows);
}

function trend(report: Report): void {
  const labels = report.series.map((p) => p.period_start);
  charts.push(
    new Chart(el<HTMLCanvasElement>("trend-chart"), {
      type: "line",
      data: {
        labels,
        datasets: [
          { label: "Views", data: report.series.map((p) => p.views), borderColor: COLORS.views, backgroundColor: COLORS.views, yAxisID: "y" },
          { label: "Unique visitors", data: report.series.map((p) => p.unique_visitors), borderColor: COLORS.visitors, backgroundColor: COLORS.visitors, yAxisID: "y" },
          { label: "Applications", data: report.series.map((p) => p.applications), borderColor: COLORS.applications, backgroundColor: COLORS.applications, yAxisID: "y1" },
        ],
      },
      options: {
        interaction: { mode: "index", intersect: false },
        scales: {
          y: { beginAtZero: true, position: "left", title: { display: true, text: "views" } },
          y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false }, title: { display: true, text: "applications" } },
        },
      },
    }),
  );
}

function sources(list: Sources): void {
  const name = (s: Sources["items"][number]) => `${SOURCE_NAMES[s.source] ?? s.source}${s.utm_source ? ` (${s.utm_source})` : ""}`;
  charts.push(
    new Chart(el<HTMLCanvasElement>("sources-chart"), {
      type: "bar",
      data: {
        labels: list.items.map(name),
        datasets: [
          { label: "Applications", data: list.items.map((s) => s.applications), backgroundColor: COLORS.applications },
          { label: "Hired", data: list.items.map((s) => s.hired), backgroundColor: COLORS.hired },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    }),
  );
  const rows = list.items.map((s) => {
    const row = document.createElement("tr");
    row.append(cell("th", SOURCE_NAMES[s.source] ?? s.source), cell("td", s.utm_source ?? ""), cell("td", String(s.applications)), cell("td", String(s.hired)));
    return row;
  });
  el("sources-table").querySelector("tbody")?.replaceChildren(...rows);
}

async function show(): Promise<void> {
  const form = el<HTMLFormElement>("filters");
  const data = new FormData(form);
  const query: { from?: string; to?: string; interval?: "day" | "week" | "month" } = {};
  for (const key of ["from", "to"] as const) {
    const value = String(data.get(key) ?? "");
    if (value) query[key] = value;
  }
  const interval = String(data.get("interval") ?? "day");
  if (interval === "day" || interval === "week" || interval === "month") query.interval = interval;
  const status = el("status");
  const error = el("error");
  error.hidden = true;
  status.textContent = "Loading…";
  document.body.dataset.ready = "loading";
  try {
    const [report, bySource] = await Promise.all([
      job
        ? client.call("get", "/v1/jobs/{id}/analytics", { path: { id: job }, query }).then((r) => r.data)
        : client.call("get", "/v1/analytics/funnel", { query }).then((r) => r.data),
      client.call("get", "/v1/analytics/sources", { query: { from: query.from, to: query.to } }).then((r) => r.data),
    ]);
    for (const chart of charts.splice(0)) chart.destroy();
    el<HTMLInputElement>("from").value = report.from;
    el<HTMLInputElement>("to").value = report.to;
    glance(report);
    funnel(report);
    trend(report);
    sources(bySource);
    status.textContent = `${job ? "One job" : "All jobs"}, ${report.from} to ${report.to}, per ${report.interval}.`;
    document.body.dataset.ready = "true";
  } catch (e) {
    error.textContent = isProblem(e) ? `${e.problem.title}: ${e.problem.detail ?? ""}` : `The report could not be read: ${String(e)}`;
    error.hidden = false;
    status.textContent = "";
    document.body.dataset.ready = "error";
  }
}

for (const key of ["from", "to", "interval"] as const) {
  const value = params.get(key);
  if (value) el<HTMLInputElement | HTMLSelectElement>(key).value = value;
}
el<HTMLFormElement>("filters").addEventListener("submit", (event) => {
  event.preventDefault();
  void show();
});
void show();
