// The header's search box, on the Pagefind index the build writes into pagefind/ at the site's root.
// Material's script opens and closes the search and moves through the results by keyboard; this one runs the
// query and lists the results in Material's own markup, so the theme's styles and keys apply to them. In a
// Zensical build the box is in a <dialog> (overrides/partials/search-dialog.html), which this script opens.
(function () {
  var input = document.querySelector(".md-search__input");
  var result = document.querySelector(".md-search-result");
  if (!input || !result) return;
  var meta = result.querySelector(".md-search-result__meta");
  var list = result.querySelector(".md-search-result__list");
  var scroller = result.closest(".md-search__scrollwrap") || result;
  var dialog = input.closest("dialog");
  // The site may be served under a sub-path: its root is found from this script's own address (assets/).
  var root = new URL("..", document.currentScript.src);
  var PAGE_SIZE = 5;
  var SECTIONS = 3;
  var DELAY_MS = 150;
  var TITLE_LIFT = 4;
  var TITLE_CHECKS = 8;
  var PARTIAL = 0.1;
  // Words too common to search for, as in Material's search (a short part of lunr's English list), and the
  // words that only frame a plain question ("how much", "how long does it take to become").
  var STOP_WORDS = ["a", "an", "and", "are", "as", "at", "be", "become", "but", "by", "can", "do", "does", "for",
    "from", "get", "how", "i", "if", "in", "into", "is", "it", "its", "many", "much", "my", "of", "on", "or", "so",
    "take", "takes", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "was",
    "we", "what", "when", "where", "which", "who", "why", "will", "with", "you", "your"];
  // Words of plain questions, and the words the guides use for the same thing: a question about what a job
  // "makes" or how "long" a promotion takes also searches for salary or years. Not role-specific.
  var ALSO = {
    make: ["salary"], makes: ["salary"], earn: ["salary"], earns: ["salary"], earnings: ["salary"],
    paid: ["salary"], pay: ["salary"], pays: ["salary"], wage: ["salary"], wages: ["salary"], money: ["salary"],
    long: ["years"], quickly: ["years"], soon: ["years"],
    promoted: ["promotion"], promote: ["promotion"], advance: ["promotion"],
    travelling: ["travel"], traveling: ["travel"], trips: ["travel"]
  };
  // Words that mean the guides' word and are searched as it: "work from home" is remote work.
  var INSTEAD = { home: "remote", wfh: "remote" };
  // The heading of the section that answers a word a page does not say: an occupation's guide says "Pay", not
  // "salary". Only to open that section; the page scores nothing for it.
  var HEADING_FOR = { salary: "pay" };
  var texts = translations();
  var pagefind = null;
  var timer = null;
  var latest = 0;
  var rest = [];
  var busy = false;

  function translations() {
    var config = document.getElementById("__config");
    try {
      return JSON.parse(config.textContent).translations || {};
    } catch (error) {
      return {};
    }
  }

  function say(key, fallback, count) {
    var text = texts[key] || fallback;
    return count === undefined ? text : text.replace("#", function () { return String(count); });
  }

  function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", root).href).then(function (module) {
        return Promise.resolve(module.options({
          basePath: new URL("pagefind/", root).pathname,
          baseUrl: root.pathname,
          // As in Material's search, a page's keywords (front matter `tags`) and title count most.
          ranking: { metaWeights: { keywords: 10, title: 10 } }
        })).then(function () { return module.filters(); }).then(function (filters) {
          var values = Object.keys((filters && filters.boost) || {}).filter(function (value) { return value < 1; });
          var titles = {};
          Object.keys((filters && filters.title) || {}).forEach(function (title) { titles[titleKey(title)] = title; });
          return { module: module, lowered: values, guides: Object.keys((filters && filters.guide) || {}),
                   titles: titles };
        });
      });
      pagefind.catch(unavailable);
    }
    return pagefind;
  }

  // Results for any of the query's words, as in Material's search: each page scores the sum of its scores for
  // each word. Pages whose front matter lowers them in search (`search: boost` below 1, such as the reference
  // pages) are found again with the index's "boost" filter, and their scores multiplied by it. A page that has
  // every word shows the excerpt Pagefind made for all of them.
  function find(index, query) {
    var words = query.toLowerCase().split(/\s+/).filter(function (word) { return STOP_WORDS.indexOf(word) < 0; });
    if (!words.length) words = query.split(/\s+/);
    words = words.map(function (word) { return INSTEAD[word] || word; }).filter(function (word, i, all) {
      return all.indexOf(word) === i;
    });
    words.slice().forEach(function (word) {
      (ALSO[word.replace(/[^a-z]/g, "")] || []).forEach(function (also) {
        if (words.indexOf(also) < 0) words.push(also);
      });
    });
    var searches = words.map(function (word) { return [word, null]; });
    index.lowered.forEach(function (value) {
      words.forEach(function (word) { searches.push([word, value]); });
    });
    if (words.length > 1) searches.unshift([words.join(" "), null]);
    return Promise.all(searches.map(function (search) {
      return index.module.search(search[0], search[1] ? { filters: { boost: search[1] } } : {});
    }).concat([titled(index, query, words)])).then(function (found) {
      var pages = {};
      var boost = {};
      var title = found.pop();
      found.forEach(function (search, i) {
        var all = words.length > 1 && i === 0;
        search.results.forEach(function (hit) {
          if (searches[i][1]) {
            boost[hit.id] = parseFloat(searches[i][1]);
            return;
          }
          var page = pages[hit.id] || (pages[hit.id] = { hit: hit, hits: [], score: 0 });
          if (all) page.hit = hit;
          else {
            page.score += hit.score;
            page.hits.push({ hit: hit, word: searches[i][0] });
          }
        });
      });
      // A lowered page that holds only some of the words is lowered ten times more: it rarely answers the question.
      // Where the query names a job title, the pages about that job come first whatever else is asked (its pay in a
      // place, say): a deep guide of that title, then the occupations that carry it; a page without the title's
      // words is lowered ten times: it is about another job.
      var ranked = Object.keys(pages).map(function (id) {
        var tier = title.guide.indexOf(id) >= 0 ? 0 : title.carriers.indexOf(id) >= 0 ? 1 : 2;
        var lowered = Math.min(1, (boost[id] || 1) * (tier === 1 ? TITLE_LIFT : 1));
        var partial = tier === 2 && ((lowered < 1 && pages[id].hits.length < words.length)
          || (title.phrase !== null && title.holders.indexOf(id) < 0));
        var score = pages[id].score * lowered * (partial ? PARTIAL : 1);
        var missing = words.filter(function (word) {
          return !pages[id].hits.some(function (found) { return found.word === word; });
        });
        return { hit: pages[id].hit, hits: pages[id].hits, score: score, tier: tier, missing: missing };
      }).sort(function (a, b) { return a.tier - b.tier || b.score - a.score; });
      // Material's Enter key opens the result with the highest score: a page of a higher tier never scores less.
      for (var i = ranked.length - 2; i >= 0; i--) ranked[i].score = Math.max(ranked[i].score, ranked[i + 1].score + 0.0001);
      return ranked;
    });
  }

  // A job title in the query ("registered nurse" in "registered nurse salary denver"): the longest run of its words
  // that is a deep guide's title or an occupation's (plurals and a title's parenthesis aside). The deep guide's
  // pages, the occupations carrying the title, and every page that holds the run as a phrase.
  function titled(index, query, words) {
    var none = { phrase: null, guide: [], carriers: [], holders: [] };
    var tokens = query.toLowerCase().replace(/["“”]/g, " ").split(/\s+/).filter(Boolean);
    if (words.length < 2) return Promise.resolve(none);
    var runs = [];
    for (var size = tokens.length; size > 0; size--) {
      for (var start = 0; start + size <= tokens.length; start++) {
        var run = tokens.slice(start, start + size);
        if (STOP_WORDS.indexOf(run[0]) < 0 && STOP_WORDS.indexOf(run[size - 1]) < 0) runs.push(run.join(" "));
      }
    }
    function ids(search) {
      return search.results.map(function (hit) { return hit.id; });
    }
    function next(i) {
      if (i >= runs.length) return Promise.resolve(none);
      var guide = index.guides.filter(function (title) { return titleKey(title) === titleKey(runs[i]); })[0];
      return Promise.all([
        guide ? index.module.search(runs[i], { filters: { guide: guide } }).then(ids) : [],
        carriers(index, runs[i])
      ]).then(function (found) {
        if (!found[0].length && !found[1].length) return next(i + 1);
        return index.module.search('"' + runs[i] + '"').then(function (search) {
          return { phrase: runs[i], guide: found[0], carriers: found[1], holders: ids(search) };
        });
      });
    }
    return next(0);
  }

  // The occupations whose O*NET title the run is (a filter of their pages), or else those, among the few holding
  // the run as a phrase that rank best for it, that carry it among their other titles.
  function carriers(index, run) {
    var wanted = titleKey(run);
    if (index.titles[wanted]) {
      return index.module.search(run, { filters: { title: index.titles[wanted] } }).then(function (search) {
        return search.results.map(function (hit) { return hit.id; });
      });
    }
    var occupations = { filters: { kind: "occupation" } };
    var searches = [index.module.search('"' + run + '"', occupations), index.module.search(run, occupations)];
    return Promise.all(searches).then(function (found) {
      var holding = found[0].results.map(function (hit) { return hit.id; });
      var hits = found[1].results.filter(function (hit) { return holding.indexOf(hit.id) >= 0; });
      hits = hits.slice(0, TITLE_CHECKS);
      return Promise.all(hits.map(function (hit) { return hit.data(); })).then(function (pages) {
        return hits.filter(function (hit, i) {
          var keywords = (pages[i].meta && pages[i].meta.keywords) || "";
          return keywords.split("·").some(function (title) { return titleKey(title) === wanted; });
        }).map(function (hit) { return hit.id; });
      });
    });
  }

  // A title as it is compared: lower case, without a parenthesis ("RN") or punctuation, each word without a final
  // "s", so that "Registered Nurses (RN)" and "registered nurse" are the same title.
  function titleKey(text) {
    return text.toLowerCase().replace(/\([^)]*\)/g, " ").split(/[^a-z0-9]+/).filter(Boolean).map(function (word) {
      return word.replace(/s$/, "");
    }).join(" ");
  }

  function unavailable() {
    rest = [];
    list.textContent = "";
    meta.textContent = "Search is unavailable: this copy of the site has no search index.";
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(run, DELAY_MS);
  }

  function run() {
    var query = input.value.trim();
    var ticket = ++latest;
    rest = [];
    if (!query) {
      list.textContent = "";
      meta.textContent = say("search.result.placeholder", "Type to start searching");
      result.removeAttribute("data-rg-query");
      return;
    }
    load().then(function (index) { return find(index, query); }).then(function (found) {
      if (ticket !== latest) return;
      list.textContent = "";
      meta.textContent = found.length === 0
        ? say("search.result.none", "No matching documents") + " for “" + query + "”"
        : found.length === 1 ? say("search.result.one", "1 matching document")
        : say("search.result.other", "# matching documents", found.length);
      rest = found;
      return more(ticket);
    }).then(function () {
      // The query whose results are on screen, for whoever waits on them (the site's browser tests).
      if (ticket === latest) result.setAttribute("data-rg-query", query);
    }).catch(function () {
      if (ticket === latest) unavailable();
    });
  }

  // Each result's text (the page's whole text, for its excerpts) is fetched only when it is shown: five at
  // first, five more each time the list is scrolled to its end.
  function more(ticket) {
    var batch = rest.slice(0, PAGE_SIZE);
    rest = rest.slice(PAGE_SIZE);
    busy = true;
    // A page's own data is loaded before its data for each word: asked for all at once while the page's fragment is
    // still loading (the first search on a page), Pagefind gave sections that differ from those of later searches.
    return Promise.all(batch.map(function (page) {
      return page.hit.data().then(function (own) {
        return Promise.all(page.hits.map(function (found) { return found.hit.data(); })).then(function (perWord) {
          return [own].concat(perWord);
        });
      });
    })).then(function (pages) {
      busy = false;
      if (ticket !== latest) return;
      pages.forEach(function (found, i) {
        var perWord = found.slice(1).map(function (data, j) { return { data: data, word: batch[i].hits[j].word }; });
        list.appendChild(item(found[0], perWord, batch[i].score, batch[i].missing));
      });
      // How many results are shown and how many are left, for whoever waits on them (the site's browser tests).
      result.setAttribute("data-rg-shown", list.children.length + " " + rest.length);
    }, function (error) {
      busy = false;
      throw error;
    });
  }

  // A result opens the section that answers best: for each of the query's words, as Pagefind found it, a
  // section scores how rare the word is among the page's sections, so that a word said all over the page (the
  // role's name) decides little, and twice that when its heading has the word. Where the best is the top of the page, the result opens the page. The page's other sections with
  // the most words follow, in page order.
  function item(page, perWord, score, missing) {
    var li = element("li", "md-search-result__item");
    var best = answering(page, perWord, missing);
    var title = page.meta.title || page.url;
    if (best) {
      li.appendChild(link(best.url, "h1", title + " › " + best.title, best.excerpt, score));
    } else {
      li.appendChild(link(page.url, "h1", title, page.excerpt, score));
    }
    sections(page).filter(function (section) { return !best || section.url !== best.url; }).forEach(function (section) {
      li.appendChild(link(section.url, "h2", section.title, section.excerpt, 0));
    });
    return li;
  }

  function answering(page, perWord, missing) {
    var tally = {};
    var count = Math.max((page.anchors || page.sub_results || []).length, 1);
    (missing || []).forEach(function (word) {
      (page.sub_results || []).forEach(function (sub) {
        if (!HEADING_FOR[word] || (sub.title || "").toLowerCase() !== HEADING_FOR[word]) return;
        var entry = tally[sub.url] || (tally[sub.url] = { sub: sub, score: 0 });
        entry.score += Math.log(1 + count) * 2;
      });
    });
    perWord.forEach(function (found) {
      var subs = (found.data.sub_results || []).filter(function (sub) { return sub.locations.length; });
      var rarity = Math.log(1 + count / Math.max(subs.length, 1));
      subs.forEach(function (sub) {
        var entry = tally[sub.url] || (tally[sub.url] = { sub: sub, score: 0 });
        entry.score += rarity * ((sub.title || "").toLowerCase().indexOf(found.word) >= 0 ? 2 : 1);
      });
    });
    var top = Object.keys(tally).map(function (url) { return tally[url]; }).sort(function (a, b) {
      return b.score - a.score;
    })[0];
    if (!top || !top.sub.anchor || top.sub.anchor.element === "h1" || top.sub.url === page.url) return null;
    var own = (page.sub_results || []).filter(function (sub) { return sub.url === top.sub.url; })[0];
    return own && own.locations.length ? own : top.sub;
  }

  // The sections below the page's own heading with the most words found, in page order.
  function sections(page) {
    var found = (page.sub_results || []).filter(function (sub) {
      return sub.anchor && sub.anchor.element !== "h1" && sub.url !== page.url;
    });
    return found.slice().sort(function (a, b) { return b.locations.length - a.locations.length; })
      .slice(0, SECTIONS)
      .sort(function (a, b) { return found.indexOf(a) - found.indexOf(b); });
  }

  // Material's result markup: its Enter key opens the link whose article has the highest data-md-score.
  function link(href, level, title, excerpt, score) {
    var a = element("a", "md-search-result__link");
    a.href = href;
    if (!dialog) a.tabIndex = -1;
    var article = element("article", "md-search-result__article md-typeset");
    article.setAttribute("data-md-score", score.toFixed(4));
    if (level === "h1") article.appendChild(element("div", "md-search-result__icon md-icon"));
    article.appendChild(element(level)).textContent = title;
    marked(article.appendChild(element("p")), excerpt || "");
    a.appendChild(article);
    return a;
  }

  // Pagefind's excerpts are page text, escaped, with <mark> around the words found. They are parsed in a
  // document that runs and loads nothing, and only their text and their marks are copied into the page.
  function marked(parent, excerpt) {
    var body = new DOMParser().parseFromString(excerpt, "text/html").body;
    Array.prototype.forEach.call(body.childNodes, function (node) {
      if (node.nodeName === "MARK") {
        parent.appendChild(element("mark")).textContent = node.textContent;
      } else {
        parent.appendChild(document.createTextNode(node.textContent));
      }
    });
  }

  function element(name, className) {
    var node = document.createElement(name);
    if (className) node.className = className;
    return node;
  }

  // Material opens the search when its box gets focus, but may miss a focus that closely follows a close
  // (Escape, then "s"): the box opens it too, and Material's own toggle then finds it open.
  var toggle = document.getElementById("__search");
  input.addEventListener("focus", function () {
    if (!dialog && toggle && !toggle.checked) toggle.click();
    load();
    if (input.value.trim()) schedule();
  });
  if (dialog) opensDialog();
  input.addEventListener("input", function () {
    if (input.value.trim()) {
      schedule();
    } else {
      clearTimeout(timer);
      run();
    }
  });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = dialog && list.querySelector("a");
    if (first) location.href = first.href;
  });
  input.form.addEventListener("reset", function () {
    clearTimeout(timer);
    setTimeout(run);
  });
  // The dialog of a Zensical build opens from its button, from the header's search icon on narrow screens (the
  // "__search" toggle), and with Ctrl+K or ⌘K, as the button says; the browser closes it with Escape, and a click
  // beside it closes it too. Enter opens the first result, and Tab moves through the results.
  function opensDialog() {
    function open() {
      if (!dialog.open) dialog.showModal();
      input.focus();
    }
    dialog.parentNode.querySelector(".md-search__button").addEventListener("click", open);
    if (toggle) {
      toggle.addEventListener("change", function () {
        if (!toggle.checked) return;
        toggle.checked = false;
        open();
      });
    }
    document.addEventListener("keydown", function (event) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        open();
      }
    });
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) dialog.close();
    });
  }

  scroller.addEventListener("scroll", function () {
    if (rest.length && !busy && scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 200) {
      more(latest).catch(unavailable);
    }
  });
})();
