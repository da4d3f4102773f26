// Search for a sitegen site: reads the static index in search/ (written by `sitegen build`),
// fetching only what a query needs: index.json, one shard of terms per word, and the chunks of
// documents its top results are in. Keyboard first: "/" (or Ctrl-K) focuses the box, the arrow
// keys move through the results, Enter opens one, Escape closes the list.
(() => {
  "use strict";
  const form = document.querySelector(".site-search");
  const script = document.currentScript;
  if (!form || !script || !window.fetch || !("normalize" in String.prototype)) return;
  const input = form.querySelector("input");
  const panel = document.getElementById(input.getAttribute("aria-controls"));
  const status = form.querySelector(".search-status");
  // The site's root, from this script's own address (ROOT/assets/search.js): right at a domain
  // root, under a sub-path and from a file server alike.
  const root = new URL("../", script.src);
  const index = new URL("search/", root);
  const LIMIT = 10, K = 1.2;
  const cache = new Map();
  const load = (path) => {
    if (!cache.has(path)) {
      cache.set(path, fetch(new URL(path, index)).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.status)))));
    }
    return cache.get(path);
  };

  // The same folding and cutting as SearchTokenizer.swift: accents off, lower case, cut at
  // anything that is not a letter or a digit, words of 2 to 40 characters.
  const fold = (text) => text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  const words = (text) => fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => [...w].length >= 2 && [...w].length <= 40);
  // Shards are named by the first characters of their terms (SearchTokenizer.shardKey): a word's
  // terms are in the shard of its longest listed key; for the word being typed, also in every
  // longer key that starts with it. A small index is one shard, "all".
  const encode = (c) => (/^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16));
  function shardsFor(word, prefix, shards) {
    if (shards.includes("all")) return ["all"];
    const chars = [...word];
    let own = null;
    for (let n = 1, key = ""; n <= Math.min(chars.length, 4); n++) {
      key += encode(chars[n - 1]);
      if (shards.includes(key)) own = key;
    }
    const full = chars.slice(0, 4).map(encode).join("");
    const longer = prefix && chars.length < 4 ? shards.filter((k) => k.startsWith(full) && k !== full) : [];
    // A word of two or three letters being typed would fetch every shard under it: it waits for one more.
    return (own ? [own] : []).concat(longer.length <= 4 ? longer : []);
  }

  /// Scores by document for one word: the best of the terms it matches (all that start with it, for the last word).
  async function scores(word, prefix, meta) {
    const result = new Map();
    const shards = await Promise.all(shardsFor(word, prefix, meta.shards).map((key) => load(`terms/${key}.json`)));
    const matches = shards.flatMap((shard) =>
      (prefix ? Object.keys(shard).filter((t) => t.startsWith(word)) : word in shard ? [word] : []).map((t) => shard[t]));
    for (const postings of matches) {
      const idf = Math.log(1 + meta.documents / (postings.length / 2));
      let doc = 0;
      for (let i = 0; i < postings.length; i += 2) {
        doc += postings[i];
        const weight = postings[i + 1];
        const score = (idf * weight * (K + 1)) / (weight + K);
        if (!(result.get(doc) >= score)) result.set(doc, score);
      }
    }
    return result;
  }

  async function search(query) {
    const list = words(query);
    if (list.length === 0) return { list, results: [] };
    const meta = await load("index.json");
    const prefixLast = !/\s$/.test(query);
    const perWord = await Promise.all(list.map((w, i) => scores(w, prefixLast && i === list.length - 1, meta)));
    perWord.sort((a, b) => a.size - b.size);
    const totals = [];
    for (const [doc, score] of perWord[0]) {
      let total = score;
      for (const other of perWord.slice(1)) {
        const s = other.get(doc);
        if (s === undefined) { total = -1; break; }
        total += s;
      }
      if (total >= 0) totals.push([doc, total]);
    }
    // Best first; between equals, the newer article (documents are numbered oldest first).
    totals.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    const top = totals.slice(0, LIMIT);
    const results = await Promise.all(top.map(async ([doc]) => {
      const chunk = await load(`docs/${Math.floor(doc / meta.chunk)}.json`);
      const [path, title, date, source, snippet] = chunk[doc % meta.chunk];
      return { path, title, date, source, snippet };
    }));
    return { list, results, total: totals.length };
  }

  // Text with the query's words marked, built as DOM nodes: nothing from the index is parsed as HTML.
  function marked(text, list) {
    const fragment = document.createDocumentFragment();
    const folded = fold(text);
    let at = 0;
    // Folding can change lengths only for rare characters; then the text is shown unmarked.
    if (folded.length === text.length && list.length) {
      const pattern = new RegExp(list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gu");
      for (const match of folded.matchAll(pattern)) {
        fragment.append(text.slice(at, match.index));
        const mark = document.createElement("mark");
        mark.textContent = text.slice(match.index, match.index + match[0].length);
        fragment.append(mark);
        at = match.index + match[0].length;
      }
    }
    fragment.append(text.slice(at));
    return fragment;
  }

  let active = -1, sequence = 0;
  const options = () => [...panel.querySelectorAll("[role=option]")];
  function setActive(index) {
    const items = options();
    active = items.length ? (index + items.length) % items.length : -1;
    items.forEach((item, i) => item.setAttribute("aria-selected", String(i === active)));
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }
  function close() {
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }
  function show({ list, results, total }, query) {
    panel.replaceChildren();
    results.forEach((result, i) => {
      const option = document.createElement("a");
      option.id = `site-search-option-${i}`;
      option.setAttribute("role", "option");
      option.href = new URL(result.path, root).href;
      const title = document.createElement("span");
      title.className = "search-title";
      title.append(marked(result.title, list));
      const meta = document.createElement("span");
      meta.className = "search-meta";
      meta.textContent = result.source ? `${result.date} · ${result.source}` : result.date;
      const snippet = document.createElement("span");
      snippet.className = "search-snippet";
      snippet.append(marked(result.snippet, list));
      option.append(title, meta, snippet);
      panel.append(option);
    });
    status.textContent = results.length === 0 ? `No articles match “${query.trim()}”.`
      : `${total} ${total === 1 ? "article" : "articles"}${total > results.length ? `, best ${results.length} shown` : ""}.`;
    panel.hidden = false;
    input.setAttribute("aria-expanded", "true");
    setActive(results.length ? 0 : -1);
  }

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const query = input.value;
    if (words(query).length === 0) { close(); status.textContent = ""; return; }
    timer = setTimeout(async () => {
      const mine = ++sequence;
      try {
        const found = await search(query);
        if (mine === sequence) show(found, query);
      } catch (error) {
        if (mine === sequence) { panel.replaceChildren(); status.textContent = "Search is not available here."; }
      }
    }, 150);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (panel.hidden && input.value) input.dispatchEvent(new Event("input"));
      else setActive(active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const items = options();
      if (items[active >= 0 ? active : 0]) window.location.href = items[active >= 0 ? active : 0].href;
    } else if (event.key === "Escape") {
      if (!panel.hidden) close(); else { input.value = ""; input.blur(); }
    }
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  document.addEventListener("keydown", (event) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName) || document.activeElement.isContentEditable;
    if ((event.key === "/" && !typing) || (event.key === "k" && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  document.addEventListener("click", (event) => { if (!form.contains(event.target)) close(); });
  input.addEventListener("focus", () => { if (input.value && panel.childElementCount) { panel.hidden = false; input.setAttribute("aria-expanded", "true"); } });
  form.classList.add("ready");
})();
