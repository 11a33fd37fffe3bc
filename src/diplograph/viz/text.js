/* diplograph's view, part 1: text. How search compares names, and the plain words the details
 * panel uses for properties, dates, statuses and extraction rules (the words come from Python,
 * diplograph.viz.words, in the page's data). Pure functions: window.dgText. */
(function () {
  "use strict";

  // As network.name_key in Python, so the page's search and `viz --focus` agree: lower case,
  // accents dropped (NFKD, then no combining marks), a few letters folded, hyphens read as spaces.
  function nameKey(text, folds) {
    var bare = String(text).toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
    bare = bare.replace(/[^\u0000-\u007f]/g, function (c) { return folds[c] || c; });
    return bare.split(/[\s\-\u2010-\u2015_]+/).join(" ").trim().normalize("NFC");
  }

  // "Ri Ilkyu" is "Ri Il-kyu" without its hyphen: names also compare with no spaces at all.
  function sameName(wanted, name) {
    return wanted === name || wanted.replace(/ /g, "") === name.replace(/ /g, "");
  }
  function inName(wanted, name) {
    return name.indexOf(wanted) >= 0 || name.replace(/ /g, "").indexOf(wanted.replace(/ /g, "")) >= 0;
  }

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];
  // xsd:date, gYearMonth and gYear as a reader writes them: "2 March 2015", "November 2023", "2016".
  function humanDate(text) {
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(text).trim());
    if (!m || (m[2] && !MONTHS[Number(m[2]) - 1])) return String(text);
    if (!m[2]) return m[1];
    var month = MONTHS[Number(m[2]) - 1] + " " + m[1];
    return m[3] ? Number(m[3]) + " " + month : month;
  }

  // sameAs -> "same as", in_force -> "in force": for names no table has words for.
  function plain(name) {
    return String(name).replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();
  }

  function capital(text) { return text.charAt(0).toUpperCase() + text.slice(1); }

  function Words(table) {
    this.table = table;
  }
  Words.prototype.property = function (prop) { return this.table.properties[prop] || plain(prop); };
  Words.prototype.heading = function (prop) {
    return this.table.attrs[prop] || capital(this.property(prop));
  };
  // One literal value of `prop`, in words.
  Words.prototype.value = function (prop, value) {
    if (prop === "status") return this.table.statuses[value] || plain(value);
    if (prop === "rule") return this.table.rules[value] || plain(value);
    if (prop === "confidence" && !isNaN(Number(value))) return Math.round(Number(value) * 100) + " %";
    if (prop === "date" || prop === "published") return humanDate(value);
    return String(value);
  };

  window.dgText = { nameKey: nameKey, sameName: sameName, inName: inName, humanDate: humanDate,
                    plain: plain, capital: capital, Words: Words };
})();
