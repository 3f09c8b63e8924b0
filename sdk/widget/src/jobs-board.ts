// <jobs-board employer="slug">: an employer's published jobs on any site, as a web component
// with no framework. It lists and searches the jobs, opens one and applies to it, through the
// Job Listing API's TypeScript SDK. Everything renders in its shadow DOM: the host page's
// styles do not leak in, and the board is themed with CSS custom properties:
//   --jobs-board-brand, --jobs-board-brand-text (default: the employer's brand colours),
//   --jobs-board-font, --jobs-board-text, --jobs-board-muted, --jobs-board-line, --jobs-board-radius.
// Attributes: `employer` (careers slug, required), `api` (the API's origin; default: where
// this script was loaded from), `page-size` (default 10). Applications are recorded with
// `source: "widget"` and the page's `utm_source`, when its address has one.
import { JobsApiClient, isProblem, type Schemas } from "../../typescript/src/client.ts";

type Job = Schemas["PublicJob"];
type Employer = Schemas["PublicEmployer"];

const STYLE = `
:host { display: block; font: 16px/1.5 var(--jobs-board-font, system-ui, sans-serif); color: var(--jobs-board-text, #1a1a1a); }
* { box-sizing: border-box; }
form.search { display: flex; gap: .5rem; margin-bottom: 1rem; }
input, textarea { font: inherit; padding: .5rem; border: 1px solid #767676; border-radius: var(--jobs-board-radius, 4px); width: 100%; }
button { font: inherit; padding: .5rem 1rem; border: 0; border-radius: var(--jobs-board-radius, 4px); cursor: pointer;
  background: var(--jobs-board-brand, var(--brand, #1f4e79)); color: var(--jobs-board-brand-text, var(--brand-text, #fff)); }
button.link { background: none; color: inherit; padding: 0; text-decoration: underline; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
ul { list-style: none; padding: 0; margin: 0; }
nav.languages ul { display: flex; gap: 0.75rem; flex-wrap: wrap; margin: 0.5rem 0; }
nav.languages li { border: 0; padding: 0; }
nav.languages button[aria-pressed="true"] { font-weight: 700; text-decoration: none; }
li { border-bottom: 1px solid var(--jobs-board-line, #d0d0d0); padding: .75rem 0; }
li button.link { font-size: 1.1rem; font-weight: 600; text-align: start; }
.meta { color: var(--jobs-board-muted, #555); margin: .25rem 0 0; }
mark { background: #fff3b0; color: inherit; }
label { display: block; font-weight: 600; margin-top: .75rem; }
.consent { display: flex; gap: .5rem; align-items: start; font-weight: normal; }
.consent input { width: auto; }
.error { border-left: 4px solid #b00020; background: #fdecee; padding: .5rem 1rem; }
.description { white-space: pre-line; }
.description.html { white-space: normal; }
`;

const TEXT = {
  search: "Search jobs",
  searchButton: "Search",
  none: "No open positions match your search.",
  more: "More positions",
  back: "All positions",
  apply: "Apply for this position",
  name: "Full name",
  email: "E-mail",
  phone: "Phone (optional)",
  coverLetter: "Cover letter (optional)",
  consent: "I agree that {name} processes my data to consider my application.",
  send: "Send application",
  thanks: "Thank you for applying. {name} has received your application.",
  failed: "Something went wrong. Please try again.",
  loading: "Loading…",
  languages: "Languages",
};

/** Creates an element with attributes and children (text is always text, never markup). */
function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** Server-escaped HTML with `<mark>` only (search highlights), as nodes: text and marks. */
function marked(html: string): Node[] {
  const out: Node[] = [];
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  for (const node of Array.from(doc.body.firstChild?.childNodes ?? [])) {
    out.push(node.nodeName === "MARK" ? h("mark", {}, node.textContent ?? "") : document.createTextNode(node.textContent ?? ""));
  }
  return out;
}

export class JobsBoard extends HTMLElement {
  static observedAttributes = ["employer", "api", "lang"];
  private readonly root: ShadowRoot;
  private client!: JobsApiClient;
  private employer: Employer | null = null;
  private query = "";
  private cursor: string | null = null;
  /** The language jobs are shown in: the `lang` attribute, then the reader's choice. */
  private locale: string | null = null;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: "open" });
    // A constructed stylesheet, not a <style> element: the host page's CSP need not allow
    // inline styles for the board.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    this.root.adoptedStyleSheets = [sheet];
  }

  connectedCallback(): void {
    void this.start();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) void this.start();
  }

  private get api(): string {
    return this.getAttribute("api") ?? new URL(import.meta.url).origin;
  }

  private async start(): Promise<void> {
    const slug = this.getAttribute("employer");
    if (!slug) return;
    this.locale = this.getAttribute("lang");
    this.client = new JobsApiClient({ baseUrl: this.api, maxRetries: 1 });
    this.show(h("p", { role: "status" }, TEXT.loading));
    try {
      const { data } = await this.client.call("get", "/v1/public/employers/{slug}", { path: { slug } });
      this.employer = data;
      if (data.brand_color) this.style.setProperty("--brand", data.brand_color);
      if (data.brand_text_color) this.style.setProperty("--brand-text", data.brand_text_color);
      await this.list("");
    } catch (error) {
      this.fail(error);
    }
  }

  /** Replaces the board's content (the stylesheet is adopted, it stays). */
  private show(...nodes: Node[]): void {
    this.root.replaceChildren(...nodes);
  }

  private fail(error: unknown): void {
    console.warn("jobs-board:", error);
    this.show(h("p", { class: "error", role: "alert" }, TEXT.failed));
  }

  private async list(q: string, more = false): Promise<void> {
    const employer = this.employer;
    if (!employer) return;
    if (!more) this.cursor = null;
    this.query = q;
    const limit = Number(this.getAttribute("page-size") ?? 10) || 10;
    const { data } = await this.client.call("get", "/v1/public/jobs", {
      query: {
        employer_id: employer.id,
        limit,
        ...(q ? { q } : {}),
        ...(this.cursor ? { cursor: this.cursor } : {}),
        ...(this.locale ? { lang: this.locale } : {}),
      },
    });
    this.cursor = data.next_cursor ?? null;
    let list = this.root.querySelector("ul");
    if (!more || !list) {
      const input = h("input", { type: "search", name: "q", "aria-label": TEXT.search, placeholder: TEXT.search }) as HTMLInputElement;
      input.value = q;
      const form = h("form", { class: "search", role: "search" }, input, h("button", { type: "submit" }, TEXT.searchButton));
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        this.list(input.value.trim()).catch((err) => this.fail(err));
      });
      list = h("ul", { "aria-live": "polite" }) as HTMLUListElement;
      this.show(form, list);
    }
    for (const job of data.items) {
      const open = h("button", { type: "button", class: "link" }, ...(job.highlights ? marked(job.highlights.title) : [job.title]));
      open.addEventListener("click", () => this.open(job.id).catch((err) => this.fail(err)));
      // A hit's marked title is in the language that matched; its direction follows its text.
      const lang = job.highlights ? { lang: job.highlights.locale, dir: "auto" } : { lang: job.locale, dir: job.direction };
      list.append(h("li", {}, h("h3", lang, open), h("p", { class: "meta" }, meta(job))));
    }
    if (!more && data.items.length === 0) list.replaceWith(h("p", {}, TEXT.none));
    this.root.querySelector("button.more")?.remove();
    if (this.cursor) {
      const next = h("button", { type: "button", class: "more" }, TEXT.more);
      next.addEventListener("click", () => this.list(this.query, true).catch((err) => this.fail(err)));
      this.root.append(next);
    }
  }

  private async open(id: string): Promise<void> {
    const { data: job } = await this.client.call("get", "/v1/public/jobs/{id}", {
      path: { id },
      ...(this.locale ? { query: { lang: this.locale } } : {}),
    });
    const back = h("button", { type: "button", class: "link" }, TEXT.back);
    back.addEventListener("click", () => this.list(this.query).catch((err) => this.fail(err)));
    const description = h("div", { class: job.description_format === "html" ? "description html" : "description" });
    // HTML descriptions are sanitized by the API when stored; the others are text.
    if (job.description_format === "html") description.innerHTML = job.description;
    else description.textContent = job.description;
    const title = h("h2", { tabindex: "-1" }, job.title);
    const article = h("article", { lang: job.locale, dir: job.direction }, title, h("p", { class: "meta" }, meta(job)), description);
    this.show(h("p", {}, back), ...this.languages(job), article, this.form(job));
    title.focus();
  }

  /** A switcher between the job's languages (each named in itself), when it has more than one. */
  private languages(job: Job): Node[] {
    if (job.available_locales.length < 2) return [];
    const items = job.available_locales.map((tag) => {
      const button = h("button", { type: "button", class: "link", lang: tag, "aria-pressed": String(tag === job.locale) }, autonym(tag));
      button.addEventListener("click", () => {
        this.locale = tag;
        this.open(job.id).catch((err) => this.fail(err));
      });
      return h("li", {}, button);
    });
    return [h("nav", { class: "languages", "aria-label": TEXT.languages }, h("ul", {}, ...items))];
  }

  private form(job: Job): HTMLElement {
    const name = this.employer?.name ?? "";
    const field = (label: string, id: string, attrs: Record<string, string>, tag = "input") =>
      h("p", {}, h("label", { for: id }, label), h(tag, { id, name: id, ...attrs }));
    const error = h("p", { class: "error", role: "alert", hidden: "" });
    const form = h(
      "form",
      { "aria-labelledby": "apply-heading" },
      h("h3", { id: "apply-heading" }, TEXT.apply),
      error,
      field(TEXT.name, "name", { required: "", maxlength: "200", autocomplete: "name" }),
      field(TEXT.email, "email", { type: "email", required: "", maxlength: "254", autocomplete: "email" }),
      field(TEXT.phone, "phone", { type: "tel", maxlength: "32", autocomplete: "tel" }),
      field(TEXT.coverLetter, "cover_letter", { rows: "5", maxlength: "10000" }, "textarea"),
      h(
        "p",
        { class: "consent" },
        h("input", { type: "checkbox", id: "consent", name: "consent", required: "" }),
        h("label", { for: "consent", class: "consent" }, TEXT.consent.replace("{name}", name)),
      ),
      h("button", { type: "submit" }, TEXT.send),
    ) as HTMLFormElement;
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const values = new FormData(form);
      const text = (key: string) => String(values.get(key) ?? "").trim();
      const utm = new URL(location.href).searchParams.get("utm_source")?.slice(0, 100);
      try {
        await this.client.call("post", "/v1/public/jobs/{id}/apply", {
          path: { id: job.id },
          body: {
            name: text("name"),
            email: text("email"),
            ...(text("phone") ? { phone: text("phone") } : {}),
            ...(text("cover_letter") ? { cover_letter: text("cover_letter") } : {}),
            consent: { granted: true, policy_version: "widget-1" },
            source: "widget",
            locale: job.locale,
            ...(utm ? { utm_source: utm } : {}),
          },
        });
        const done = h("p", { role: "status", tabindex: "-1" }, TEXT.thanks.replace("{name}", name));
        form.replaceWith(done);
        done.focus();
      } catch (err) {
        error.hidden = false;
        error.textContent = isProblem(err)
          ? [err.problem.detail, ...(err.problem.errors ?? []).map((x) => `${x.pointer.slice(1)}: ${x.detail}`)]
              .filter(Boolean)
              .join(" ")
          : TEXT.failed;
        error.focus();
      }
    });
    return form;
  }
}

/** A language's name in itself (`dv` → ދިވެހި), from the browser's own data. */
function autonym(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function meta(job: Job): string {
  return [job.location, job.department, job.employment_type?.replace("_", " ")].filter(Boolean).join(" · ");
}

if (!customElements.get("jobs-board")) customElements.define("jobs-board", JobsBoard);
