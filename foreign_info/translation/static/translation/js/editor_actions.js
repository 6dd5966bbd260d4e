// wagtail-localize's translation editor always offers "Stop Synced translation" and, where it can,
// "Convert to alias page", and makes the last action its main button: for a translator that was
// one of these, and the server refuses both to everyone but the leads. For users who are not leads
// this hides them and makes the job's next step ("Submit for review", or the language's queue) the
// main button. Elements are hidden, never removed, so React's later renders still find its nodes.
(() => {
  const data = document.getElementById('translation-editor-actions');
  if (!data) return;
  const config = JSON.parse(data.textContent);
  if (config.manage) return;

  const urlOf = (element) => element.getAttribute('data-w-action-url-value') || element.getAttribute('href') || '';
  const isLeads = (element) => config.hide.some((hidden) => urlOf(element).startsWith(hidden));
  // Deleting is no translator's next step: as the main button it gives way to the job's.
  const givesWay = (element) => isLeads(element) || urlOf(element).startsWith(config.delete);

  const nextStep = () => {
    const step = config.submit || config.queue;
    if (!step) return null;
    const element = document.createElement(config.submit ? 'button' : 'a');
    element.className = 'button translation-next-step';
    element.textContent = step.label;
    if (config.submit) {
      element.type = 'submit';
      element.formAction = step.url; // the footer's form posts its CSRF token and `next` (this editor)
    } else {
      element.href = step.url;
    }
    return element;
  };

  const hide = (element) => {
    element.style.display = 'none'; // not `hidden`: Wagtail's button styles would override it
  };

  const adjust = (group) => {
    const [main, dropdown] = group.children; // wagtail-localize: the main action, then the others' menu
    const items = dropdown ? [...dropdown.querySelectorAll('.w-dropdown__content > *')] : [];
    items.filter(isLeads).forEach(hide);
    if (main && givesWay(main) && (isLeads(main) || config.submit || config.queue)) {
      hide(main);
      const step = nextStep();
      if (step) group.insertBefore(step, main);
    }
    if (dropdown && items.every((item) => item.style.display === 'none')) hide(dropdown);
  };

  const observer = new MutationObserver(() => {
    const group = document.querySelector('.js-translation-editor footer .w-dropdown-button');
    if (group && !group.dataset.translationAdjusted) {
      group.dataset.translationAdjusted = 'true';
      adjust(group);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
})();
