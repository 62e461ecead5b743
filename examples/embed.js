// Drives an embedded Kafka Lab through postMessage (see docs/API.md). Plain browser JavaScript, no build step.
// The simulator's address comes from ?sim= (default: the local preview server).
;(function () {
  'use strict'

  var params = new URLSearchParams(window.location.search)
  var simBase = new URL(params.get('sim') || 'http://127.0.0.1:4173/', window.location.href)

  function simUrl(options) {
    var url = new URL(simBase.href)
    Object.keys(options).forEach(function (key) {
      url.searchParams.set(key, options[key])
    })
    return url.href
  }

  var frameA = document.getElementById('sim-a')
  var frameB = document.getElementById('sim-b')
  frameA.src = simUrl({ embed: '1', lang: 'en', paused: '0' })
  frameB.src = simUrl({ embed: '1', lang: 'es', controls: '0', paused: '1', panels: 'cluster,consumers', focus: 'purchases' })

  var log = document.getElementById('log')
  var lastReply = document.getElementById('last-reply')

  function show(label, value) {
    var item = document.createElement('li')
    var text = JSON.stringify(value, null, 1)
    if (text && text.length > 1500) text = text.slice(0, 1500) + ' …'
    // User-visible text is always set as text, never as HTML.
    item.textContent = label + ' ' + text
    log.insertBefore(item, log.firstChild)
  }

  function frameName(source) {
    if (source === frameA.contentWindow) return 'A'
    if (source === frameB.contentWindow) return 'B'
    return undefined
  }

  // Requests waiting for their answer, by id.
  var nextId = 1
  var pending = {}

  function call(frame, method) {
    var args = Array.prototype.slice.call(arguments, 2)
    var id = 'req-' + nextId++
    return new Promise(function (resolve, reject) {
      pending[id] = { resolve: resolve, reject: reject, method: method }
      // A sandboxed iframe has an opaque origin, so '*' is the only target origin that reaches it.
      frame.contentWindow.postMessage({ kafkaLab: 1, id: id, method: method, params: args }, '*')
    })
  }

  window.addEventListener('message', function (event) {
    // Only our own iframes are listened to; their origin is "null" when sandboxed, so check the source.
    var name = frameName(event.source)
    var data = event.data
    if (!name || !data || data.kafkaLab !== 1) return
    if (data.id !== undefined && pending[data.id]) {
      var request = pending[data.id]
      delete pending[data.id]
      if ('error' in data) {
        show(name + ' ← ' + request.method + ' error:', data.error)
        lastReply.textContent = 'error: ' + data.error
        request.reject(new Error(data.error))
      } else {
        show(name + ' ← ' + request.method + ':', data.result)
        lastReply.textContent = JSON.stringify(data.result).slice(0, 300)
        request.resolve(data.result)
      }
      return
    }
    if (data.event === 'resize' && data.data && typeof data.data.height === 'number') {
      var frame = name === 'A' ? frameA : frameB
      // The height the content needs, as sent: the iframe's content box (its border is outside it). Adding a margin
      // here would make the frame grow at each report (the stage fits its text to the height it is given).
      frame.style.height = Math.max(200, Math.min(2000, data.data.height)) + 'px'
      show(name + ' event resize:', data.data)
      return
    }
    if (typeof data.event === 'string') show(name + ' event ' + data.event + ':', data.data)
  })

  function ignore() {}

  document.getElementById('kill').addEventListener('click', function () {
    call(frameA, 'dispatch', { type: 'killBroker', brokerId: 1 }).catch(ignore)
  })
  document.getElementById('restart').addEventListener('click', function () {
    call(frameA, 'dispatch', { type: 'restartBroker', brokerId: 1 }).catch(ignore)
  })
  document.getElementById('produce').addEventListener('click', function () {
    call(frameA, 'dispatch', { type: 'produce', topic: 'purchases', key: 'course-page', value: '{"from":"the host page"}' }).catch(ignore)
  })
  document.getElementById('snapshot').addEventListener('click', function () {
    call(frameA, 'snapshot').catch(ignore)
  })
  document.getElementById('unknown').addEventListener('click', function () {
    call(frameA, 'formatDisk').catch(ignore)
  })
})()
