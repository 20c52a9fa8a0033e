/* faultlines charts: read the JSON data blocks the server wrote and draw them with plotly.js (served locally). */
(function () {
  "use strict";
  var COLORS = ["#8a8f98", "#6baed6", "#2171b5", "#fd8d3c", "#cb181d"];
  var QUADS = ["Neutral", "Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"];
  var CONFIG = { displayModeBar: false, responsive: true };

  function readData(id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  function layout(extra) {
    var base = {
      margin: { l: 50, r: 55, t: 10, b: 40 }, height: 340, barmode: "stack", hovermode: "x unified",
      legend: { orientation: "h", y: -0.18 }, paper_bgcolor: "#fff", plot_bgcolor: "#fff",
      font: { family: "system-ui, sans-serif", size: 12 }, xaxis: { type: "date", tickformat: "%-d %b %Y" },
      yaxis: { title: { text: "events" }, rangemode: "tozero" }
    };
    for (var k in extra) { base[k] = extra[k]; }
    return base;
  }

  function drawDyad(el, data) {
    var series = data.series || [];
    if (!series.length) { return; }
    var x = series.map(function (s) { return s.period_start; });
    var traces = QUADS.map(function (name, i) {
      return { type: "bar", name: "Q" + i + " " + name, x: x,
        y: series.map(function (s) { return s["q" + i] || 0; }), marker: { color: COLORS[i] } };
    });
    traces.push({ type: "scatter", mode: "lines+markers", name: "Tension index", x: x, yaxis: "y2",
      y: series.map(function (s) { return s.tension; }), line: { color: "#111", width: 2 } });
    var lay = { yaxis2: { title: { text: "tension" }, overlaying: "y", side: "right", zeroline: false,
      tickmode: "auto", tick0: 0, nticks: 6, tickformat: ".2~f" } };
    if (data.period === "month") { lay.xaxis = { type: "date", tickformat: "%b %Y" }; }
    draw(el, traces, layout(lay));
  }

  function drawActor(el, data) {
    var t = data.timeline || [];
    if (!t.length) { return; }
    // month labels on a category axis: a date axis puts grouped bars beside the month's first day, a month off
    var x = t.map(function (s) { return s.period_start.slice(0, 7); });
    var traces = [
      { type: "bar", name: "Quotes", x: x, y: t.map(function (s) { return s.quotes; }), marker: { color: "#7b61c2" } },
      { type: "bar", name: "Events as source", x: x, y: t.map(function (s) { return s.as_source; }), marker: { color: "#2171b5" } },
      { type: "bar", name: "Events as target", x: x, y: t.map(function (s) { return s.as_target; }), marker: { color: "#fd8d3c" } }
    ];
    draw(el, traces, layout({ barmode: "group", xaxis: { type: "category" } }));
  }

  function draw(el, traces, lay) {
    el.classList.add("drawn");
    window.Plotly.newPlot(el, traces, lay, CONFIG);
  }

  function init() {
    if (!window.Plotly) { return; }
    var dyad = document.getElementById("dyad-chart");
    if (dyad) { drawDyad(dyad, readData("dyad-chart-data") || {}); }
    var actor = document.getElementById("actor-chart");
    if (actor) { drawActor(actor, readData("actor-chart-data") || {}); }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
