// Pages served from a cache carry someone else's defaults: apply this reader's text size and contrast before
// the first paint. A file rather than an inline script, so the site's Content-Security-Policy needs no exception.
;(function () {
  var m = document.cookie.match(/(?:^|; )hien-thi=(-?\d)\.(hc|n)/)
  if (!m) return
  document.documentElement.setAttribute('data-text-size', m[1])
  document.documentElement.setAttribute('data-contrast', m[2] === 'hc' ? 'high' : 'normal')
})()
