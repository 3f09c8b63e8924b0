// Progressive enhancement of the careers pages (they work without this script): completions
// for the search box from GET /v1/public/jobs/suggest, and a CV upload on the apply form
// through the presigned flow (presign, post the file to the object store, complete), whose
// verified upload the form then sends as cv_upload_id.
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

const form = document.querySelector("form[data-apply]");
const file = document.getElementById("cv");
if (form && file) {
  const status = document.getElementById("cv-status");
  file.closest("p").hidden = false;
  form.addEventListener("submit", async (event) => {
    if (!file.files.length || form.dataset.uploaded) return;
    event.preventDefault();
    const chosen = file.files[0];
    status.textContent = "Uploading…";
    try {
      const presigned = await fetch(`/v1/public/jobs/${file.dataset.job}/uploads:presign`, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
        body: JSON.stringify({
          purpose: "cv",
          filename: chosen.name,
          content_type: chosen.type || "application/pdf",
          size_bytes: chosen.size,
        }),
      });
      const upload = await presigned.json();
      if (!presigned.ok) throw new Error(upload.errors?.[0]?.detail ?? upload.detail ?? "the upload was refused");
      const body = new FormData();
      for (const [name, value] of Object.entries(upload.fields)) body.append(name, value);
      body.append("file", chosen);
      // The store's answer is not readable here (no CORS needed): :complete checks the object.
      await fetch(upload.url, { method: "POST", mode: "no-cors", body });
      const completed = await fetch(`/v1/uploads/${upload.upload.id}:complete`, { method: "POST" });
      const settled = await completed.json();
      if (!completed.ok || settled.status !== "verified") {
        throw new Error(settled.rejection_reason ?? settled.detail ?? "the file could not be checked");
      }
      document.getElementById("cv_upload_id").value = settled.id;
      form.dataset.uploaded = "1";
      status.textContent = "";
      form.requestSubmit();
    } catch (error) {
      status.textContent = `The CV was not sent: ${error.message}`;
    }
  });
}
