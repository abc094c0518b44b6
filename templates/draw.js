// The draw page: shuffles the deck listed on the page and deals it one card at a time,
// without repeats, until the deck is through. Without scripts the page shows the whole deck.
// Its words are the data- attributes of the panel (in the reader's language, from draw.html).
(function () {
  "use strict";
  var list = document.getElementById("deck-list");
  var panel = document.getElementById("draw");
  if (!list || !panel) return;
  var cards = Array.prototype.map.call(list.querySelectorAll("li"), function (item) {
    var link = item.querySelector("a");
    // The question's words keep their <em> and <strong>: the link's own nodes, copied when drawn.
    return { label: item.getAttribute("data-label"), words: link.childNodes, href: link.getAttribute("href") };
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
  var order = [];

  // The `one` or `other` word for n, with n in place of {count}.
  function count(n, one, other) {
    return (n === 1 ? one : other).replace("{count}", n);
  }

  function shuffle() {
    order = cards.map(function (_, i) { return i; });
    for (var i = order.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = order[i]; order[i] = order[j]; order[j] = t;
    }
  }

  function draw() {
    if (order.length === 0) shuffle();
    var drawn = cards[order.pop()];
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

  document.documentElement.classList.add("js");
  document.getElementById("whole-deck").hidden = true;
  link.hidden = true;
  panel.hidden = false;
  status.textContent = count(cards.length, words.cardsInDeckOne, words.cardsInDeckOther);
  button.addEventListener("click", draw);
})();
