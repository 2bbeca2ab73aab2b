// Password strength meter for the registration and reset forms. It mirrors the server's policy (length and character
// classes, numbers read from data attributes), so it can never accept what the server refuses; the server decides.
(() => {
  const meter = document.getElementById('password-strength');
  const input = document.getElementById('password');
  const text = document.getElementById('password-strength-text');
  if (!meter || !input || !text) return;
  const minLength = Number(meter.dataset.minLength);
  const minClasses = Number(meter.dataset.minClasses);
  const classes = (value) => [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9\s]/].filter((re) => re.test(value)).length;
  const update = () => {
    const value = input.value;
    const count = classes(value);
    const meetsPolicy = value.length >= minLength && count >= minClasses;
    let score = Math.min(count, 4);
    if (!meetsPolicy) score = Math.min(score, 1);
    else if (value.length >= minLength + 4 && count === 4) score = 4;
    else score = 3;
    meter.value = value ? score : 0;
    text.textContent = !value ? '' : !meetsPolicy ? text.dataset.weak : score === 4 ? text.dataset.strong : text.dataset.fair;
  };
  input.addEventListener('input', update);
  update();
})();
