// "Use my location": an enhancement for the search form. The browser asks permission first; we round the
// position to 2 decimal places (about 1 km) before it goes anywhere, then search as if it had been typed.
(() => {
  if (!('geolocation' in navigator)) return;
  document.querySelectorAll('[data-use-location]').forEach((block) => {
    var form = block.closest('form');
    var input = form?.querySelector('input[name="near"]');
    var button = block.querySelector('[data-use-location-button]');
    var status = block.querySelector('[data-use-location-status]');
    if (!form || !input || !button) return;
    block.hidden = false;
    button.addEventListener('click', () => {
      button.disabled = true;
      if (status) status.textContent = 'Finding your location…';
      navigator.geolocation.getCurrentPosition(
        (position) => {
          var lat = position.coords.latitude.toFixed(2);
          var lon = position.coords.longitude.toFixed(2);
          input.value = `${lat},${lon}`;
          if (status) status.textContent = 'Searching near your location…';
          form.submit();
        },
        () => {
          button.disabled = false;
          if (status) status.textContent = 'We could not get your location. Please type a ZIP code or a city and state instead.';
          input.focus();
        },
        { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
      );
    });
  });
})();
