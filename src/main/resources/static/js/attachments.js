// Progressive enhancement only: the attachment form posts as a plain multipart form without it. With it, a form
// marked data-attachment-upload sends the file by XMLHttpRequest (fetch reports no upload progress), shows a
// <progress> bar and a status line read out by screen readers, and reloads the page when the file is stored.
// Texts come from the form's data-* attributes, which the template fills from the message bundles.
(() => {
  function upgrade(form) {
    if (form.dataset.upgraded) return; // the panel may be included, with this script, more than once on a page
    form.dataset.upgraded = 'true';
    const input = form.querySelector('input[type=file]');
    const progress = form.querySelector('progress');
    const status = form.querySelector('[data-attachment-status]');
    const button = form.querySelector('button[type=submit]');

    function say(text, error) {
      status.textContent = text;
      status.classList.toggle('field-error', Boolean(error));
      if (error) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const file = input.files && input.files[0];
      if (!file) {
        say(form.dataset.choose, true);
        return;
      }
      // Spare the applicant a long upload that the server would refuse anyway; the server checks again.
      if (file.size > Number(form.dataset.maxBytes)) {
        say(form.dataset.tooLarge, true);
        return;
      }
      const request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      request.setRequestHeader('Accept', 'application/json');
      request.upload.addEventListener('progress', (progressEvent) => {
        if (progressEvent.lengthComputable) {
          progress.value = Math.round((progressEvent.loaded / progressEvent.total) * 100);
        }
      });
      request.addEventListener('load', () => {
        let answer = null;
        try {
          answer = JSON.parse(request.responseText);
        } catch (ignored) {
          answer = null;
        }
        if (request.status === 200 && answer && answer.ok) {
          say(answer.message, false);
          window.location.reload();
          return;
        }
        finish();
        if (answer && answer.message) say(answer.message, true);
        else say(request.status === 413 ? form.dataset.tooLarge : form.dataset.failed, true);
      });
      request.addEventListener('error', () => {
        finish();
        say(form.dataset.failed, true);
      });
      progress.value = 0;
      progress.hidden = false;
      button.disabled = true;
      say(form.dataset.uploading, false);
      request.send(new FormData(form));
    });

    function finish() {
      progress.hidden = true;
      button.disabled = false;
    }
  }

  document.querySelectorAll('form[data-attachment-upload]').forEach(upgrade);
})();
