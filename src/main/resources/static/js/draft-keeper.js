// Nothing typed is lost (issue #5): every change to a form marked data-keep is kept in this browser, tagged with the
// version of the application the page showed. Coming back to the page (after an expired session, a crash or the back
// button) with the same version means the typing never reached the server, so it is put back and the applicant is
// told; a newer version means it was saved, and the kept copy is dropped.
(() => {
  const fieldsOf = (form) => Array.from(form.elements).filter((el) => el.name && !el.disabled
    && !['hidden', 'file', 'submit', 'button', 'password'].includes(el.type));

  const snapshot = (form) => {
    const fields = {};
    fieldsOf(form).forEach((el) => {
      if (el.type === 'checkbox' || el.type === 'radio') {
        fields[el.name] = fields[el.name] || [];
        if (el.checked) fields[el.name].push(el.value);
      } else {
        fields[el.name] = el.value;
      }
    });
    return fields;
  };

  const restore = (form, fields) => {
    fieldsOf(form).forEach((el) => {
      if (!(el.name in fields)) return;
      const value = fields[el.name];
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = Array.isArray(value) && value.includes(el.value);
      } else {
        el.value = value;
      }
    });
  };

  document.querySelectorAll('form[data-keep]').forEach((form) => {
    const key = `draft:${form.dataset.keep}`;
    const version = form.querySelector('input[name="version"]')?.value ?? '';
    let kept = null;
    try {
      kept = JSON.parse(localStorage.getItem(key));
    } catch (ignored) {
      kept = null;
    }
    const notice = form.querySelector('[data-draft-notice]');
    if (kept && kept.version === version && kept.fields
        && JSON.stringify(kept.fields) !== JSON.stringify(snapshot(form))) {
      restore(form, kept.fields);
      if (notice) notice.hidden = false;
    } else if (kept && kept.version !== version) {
      localStorage.removeItem(key);
    }
    const keep = () => {
      try {
        localStorage.setItem(key, JSON.stringify({ version, fields: snapshot(form) }));
      } catch (full) {
        // Storage full or disabled: the form still works, only the safety net is missing.
      }
    };
    form.addEventListener('input', keep);
    form.addEventListener('change', keep);
    notice?.querySelector('[data-draft-discard]')?.addEventListener('click', () => {
      localStorage.removeItem(key);
      window.location.reload();
    });
  });
})();
