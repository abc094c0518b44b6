// "Draw a card": shuffles the deck listed on the page and deals it one card at a time,
// without repeats, until the deck is through. Without scripts the page shows the whole deck.
(function () {
  "use strict";
  var list = document.getElementById("deck-list");
  var panel = document.getElementById("draw");
  if (!list || !panel) return;
  var cards = Array.prototype.map.call(list.querySelectorAll("li"), function (item) {
    var link = item.querySelector("a");
    return { label: item.getAttribute("data-label"), text: link.textContent, href: link.getAttribute("href") };
  });
  if (cards.length === 0) return;

  var card = document.getElementById("drawn-card");
  var number = document.getElementById("drawn-number");
  var text = document.getElementById("drawn-text");
  var link = document.getElementById("drawn-link");
  var button = document.getElementById("draw-button");
  var status = document.getElementById("draw-status");
  var order = [];

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
    text.textContent = drawn.text;
    link.href = drawn.href;
    link.hidden = false;
    var left = order.length;
    if (left === 0) {
      status.textContent = "That was the last card. The next draw shuffles the whole deck again.";
      button.textContent = "Shuffle and draw again";
    } else {
      status.textContent = left + (left === 1 ? " card" : " cards") + " left in the deck.";
      button.textContent = "Draw again";
    }
    card.focus();
  }

  document.documentElement.classList.add("js");
  document.getElementById("whole-deck").hidden = true;
  link.hidden = true;
  panel.hidden = false;
  status.textContent = cards.length + " cards in the deck.";
  button.addEventListener("click", draw);
})();
