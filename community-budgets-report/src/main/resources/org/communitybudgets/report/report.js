(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var page = JSON.parse(document.getElementById("page-data").textContent);
  var colours = page.colours, labels = page.labels, years = page.years;
  var pending = 0;
  function chart(id, option) {
    var c = echarts.init(document.getElementById(id), null, { renderer: "svg" });
    pending++;
    c.on("finished", function once() {
      c.off("finished", once);
      if (--pending === 0) {
        document.body.dataset.rendered = "true";
      }
    });
    option.animation = false;
    option.aria = { enabled: true, decal: { show: true } };
    c.setOption(option);
    window.addEventListener("resize", function () { c.resize(); });
    return c;
  }
  function pounds(text) { return Number(text); }
  // Every value from the data that goes into a tooltip is escaped: ECharts puts a tooltip's text
  // into the page as HTML.
  function esc(value) {
    return String(value).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }
  function itemTip(p) { return esc(p.name) + ": " + esc(p.value); }
  function axisTip(params) {
    return esc(params[0].name) + params.map(function (p) { return "<br>" + p.marker + esc(p.seriesName) + ": " + money(p.value); }).join("");
  }
  function money(n) { return "£" + n.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }); }

  var pool = data.pool.pool;
  function sankeyOption(year) {
    var nodes = {}, links = [];
    function node(name, depth) { if (!nodes[name]) { nodes[name] = { name: name, depth: depth }; } }
    node(pool, 3);
    data.pool.contributions.forEach(function (c) {
      var amount = c.amounts[year] ? pounds(c.amounts[year]) : 0;
      if (amount <= 0) { return; }
      var dept = c.department, line = c.line, band = c.id;
      node(dept, 0); node(line, 1); node(band, 2);
      var style = { color: colours[c.verdictCode], opacity: 0.75 };
      var why = c.reasons.map(function (r) { return (r.effect === "met" ? "+ " : r.effect === "not met" ? "- " : "! ") + esc(r.statement); }).join("<br>");
      var tip = "<b>" + esc(c.id) + "</b>: " + esc(c.verdict) + " (" + money(amount) + ")<br>" + why;
      links.push({ source: dept, target: line, value: amount, lineStyle: style, tip: tip });
      links.push({ source: line, target: band, value: amount, lineStyle: style, tip: tip });
      links.push({ source: band, target: pool, value: amount, lineStyle: style, tip: tip });
    });
    return {
      tooltip: { trigger: "item", confine: true, extraCssText: "max-width: 32rem; white-space: normal;",
        formatter: function (p) { return p.dataType === "edge" ? p.data.tip : esc(p.name) + (p.value ? ": " + money(p.value) : ""); } },
      series: [{ type: "sankey", data: Object.values(nodes), links: links, nodeAlign: "left", emphasis: { focus: "adjacency" },
        label: { fontSize: 11 }, lineStyle: { curveness: 0.5 } }]
    };
  }
  var sankey = chart("sankey", sankeyOption(years[0]));
  document.getElementById("year").addEventListener("change", function (e) {
    sankey.setOption(sankeyOption(e.target.value), { replaceMerge: ["series"] });
  });

  function bars(id, entries, name) {
    chart(id, {
      tooltip: { formatter: itemTip }, grid: { left: 200, right: 30 },
      xAxis: { type: "value", name: name },
      yAxis: { type: "category", data: entries.map(function (e) { return e[0]; }), inverse: true },
      series: [{ type: "bar", data: entries.map(function (e) { return e[1]; }), label: { show: true, position: "right" } }]
    });
  }
  bars("criteria", Object.entries(data.cohort.familiesMeetingEachCriterion), "families");
  bars("results", Object.entries(data.cohort.resultsAchieved).map(function (e) { return [labels[e[0]] || e[0], e[1]]; }), "families");
  chart("paid", {
    tooltip: { formatter: function (p) { return esc(p.name) + ": " + money(p.value); } }, grid: { left: 110 },
    xAxis: { type: "category", data: data.cohort.ledger.byYear.map(function (y) { return y.year; }) },
    yAxis: { type: "value", name: "paid (£)" },
    series: [{ type: "bar", data: data.cohort.ledger.byYear.map(function (y) { return pounds(y.paid); }) }]
  });
  if (!data.appraisal) {
    return;
  }
  var agencies = data.appraisal.agencies;
  chart("agencies", {
    tooltip: { trigger: "axis", formatter: axisTip }, legend: { data: ["invests", "benefits"] }, grid: { left: 330, right: 40 },
    xAxis: { type: "value", name: "present value (£)" },
    yAxis: { type: "category", data: agencies.map(function (a) { return a.agency; }), inverse: true },
    series: [
      { name: "invests", type: "bar", stack: "all", data: agencies.map(function (a) { return -pounds(a.invests); }) },
      { name: "benefits", type: "bar", stack: "all", data: agencies.map(function (a) { return pounds(a.benefits); }) }
    ]
  });
  var years2 = data.appraisal.years;
  chart("years", {
    tooltip: { trigger: "axis", formatter: axisTip }, legend: { data: ["costs (PV)", "fiscal benefits (PV)", "cumulative net (PV)"] },
    grid: { left: 110 },
    xAxis: { type: "category", data: years2.map(function (y) { return y.year; }) },
    yAxis: { type: "value", name: "£" },
    series: [
      { name: "costs (PV)", type: "bar", data: years2.map(function (y) { return -pounds(y.discountedCosts); }) },
      { name: "fiscal benefits (PV)", type: "bar", data: years2.map(function (y) { return pounds(y.discountedFiscalBenefits); }) },
      { name: "cumulative net (PV)", type: "line", data: years2.map(function (y) { return pounds(y.cumulativeNetFiscal); }) }
    ]
  });
}());
