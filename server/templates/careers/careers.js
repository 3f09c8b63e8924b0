// Progressive enhancement of the careers page: completions for the search box from
// GET /v1/public/jobs/suggest (same origin). The page works without this script.
const input = document.getElementById("q");
const list = document.getElementById("suggestions");
let pending;
if (input && list) {
  input.addEventListener("input", () => {
    clearTimeout(pending);
    const q = input.value;
    if (q.trim().length < 2) return;
    pending = setTimeout(async () => {
      const response = await fetch(`/v1/public/jobs/suggest?limit=8&q=${encodeURIComponent(q)}`);
      if (!response.ok) return;
      const { items = [] } = await response.json();
      list.replaceChildren(...items.map((s) => Object.assign(document.createElement("option"), { value: s.text })));
    }, 150);
  });
}
