// The draw page: shuffles the deck listed on the page and deals it one card at a time,
// without repeats, until the deck is through. Without scripts the page shows the whole deck.
// Its words are the data- attributes of the panel (in the reader's language, from draw.html).
// When the deck has categories, a choice above the card draws from one of them only; the
// choice is kept in the address (draw.html#category=Warm-up), so a link to it keeps it.
(function () {
  "use strict";
  var list = document.getElementById("deck-list");
  var panel = document.getElementById("draw");
  if (!list || !panel) return;
  var cards = Array.prototype.map.call(list.querySelectorAll("li"), function (item) {
    var link = item.querySelector("a");
    // The question's words keep their <em> and <strong>: the link's own nodes, copied when drawn.
    return {
      label: item.getAttribute("data-label"),
      category: item.getAttribute("data-category"),
      words: link.childNodes,
      href: link.getAttribute("href")
    };
  });
  var words = panel.dataset;
  // A draw.html of an older theme has no words for the script: it keeps the whole deck.
  if (cards.length === 0 || !words.drawAgain) return;

  var card = document.getElementById("drawn-card");
  var number = document.getElementById("drawn-number");
  var text = document.getElementById("drawn-text");
  var link = document.getElementById("drawn-link");
  var button = document.getElementById("draw-button");
  var status = document.getElementById("draw-status");
  var choice = document.getElementById("draw-category");
  var prompt = text.textContent;
  var drawFirst = button.textContent;
  var order = [];
  var HASH = "#category=";

  // The `one` or `other` word for n, with n in place of {count}.
  function count(n, one, other) {
    return (n === 1 ? one : other).replace("{count}", n);
  }

  // The indices of the cards of the chosen category (all of them when none is chosen).
  function chosen() {
    var category = choice ? choice.value : "";
    var indices = [];
    cards.forEach(function (drawn, i) {
      if (!category || drawn.category === category) indices.push(i);
    });
    return indices;
  }

  function shuffle() {
    order = chosen();
    for (var i = order.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = order[i]; order[i] = order[j]; order[j] = t;
    }
  }

  function draw() {
    if (order.length === 0) shuffle();
    var drawn = cards[order.pop()];
    card.classList.remove("card-back");
    number.textContent = drawn.label;
    text.textContent = "";
    for (var i = 0; i < drawn.words.length; i++) text.appendChild(drawn.words[i].cloneNode(true));
    link.href = drawn.href;
    link.hidden = false;
    var left = order.length;
    if (left === 0) {
      status.textContent = words.lastCard;
      button.textContent = words.shuffleAgain;
    } else {
      status.textContent = count(left, words.cardsLeftOne, words.cardsLeftOther);
      button.textContent = words.drawAgain;
    }
    card.focus();
  }

  // A fresh deck of the chosen category, before its first card: the card shows its back.
  function restart() {
    order = [];
    card.classList.add("card-back");
    number.textContent = "";
    text.textContent = prompt;
    link.hidden = true;
    button.textContent = drawFirst;
    status.textContent = count(chosen().length, words.cardsInDeckOne, words.cardsInDeckOther);
  }

  // The category the address names (draw.html#category=Brave), if the list offers it.
  function fromAddress() {
    if (!choice || location.hash.indexOf(HASH) !== 0) return;
    var wanted;
    try { wanted = decodeURIComponent(location.hash.slice(HASH.length)); } catch (e) { return; }
    for (var i = 0; i < choice.options.length; i++) {
      if (choice.options[i].value === wanted && choice.value !== wanted) {
        choice.value = wanted;
        restart();
      }
    }
  }

  document.documentElement.classList.add("js");
  document.getElementById("whole-deck").hidden = true;
  panel.hidden = false;
  restart();
  button.addEventListener("click", draw);
  if (choice) {
    fromAddress();
    window.addEventListener("hashchange", fromAddress);
    choice.addEventListener("change", function () {
      var address = location.pathname + location.search + (choice.value ? HASH + encodeURIComponent(choice.value) : "");
      history.replaceState(null, "", address);
      restart();
    });
  }
})();
