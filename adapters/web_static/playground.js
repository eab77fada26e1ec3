// The playground: send what is typed or clicked to the core, show its replies (rendered by the server).
const log = document.getElementById("log");
const form = document.getElementById("ask");
const input = document.getElementById("question");

async function send(body, shown) {
  if (shown) {
    const mine = document.createElement("p");
    mine.className = "you";
    mine.textContent = shown;
    log.appendChild(mine);
  }
  const response = await fetch("/web/chat", {
    method: "POST",
    headers: {"Content-Type": "application/json"},
    body: JSON.stringify(body),
  });
  const holder = document.createElement("div");
  if (response.ok) {
    holder.innerHTML = (await response.json()).html;
  } else {
    holder.className = "reply reply-info";
    holder.textContent = "Sorry, that did not work. Please type your question or 'help'.";
  }
  log.appendChild(holder);
  holder.scrollIntoView({block: "end"});
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (text) {
    input.value = "";
    send({text}, text);
  }
});

log.addEventListener("click", (event) => {
  const button = event.target.closest("button.choice");
  if (button) {
    // An answer's votes and a quiz's options are clicked once; a list to browse (topics, items) stays clickable.
    // A choice with a text box sends what was typed in it too.
    const choices = button.closest(".choices");
    const typed = button.dataset.field ? choices.querySelector("textarea").value.trim() : "";
    if (!choices.classList.contains("browse")) {
      choices.querySelectorAll("button").forEach((b) => { b.disabled = true; });
    }
    send({action: button.dataset.action, text: typed}, button.textContent);
  }
});
