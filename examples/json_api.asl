# A small JSON API on aiohttp.web: path parameters, query parameters,
# JSON bodies in and out, HTTP errors as JSON. It serves on 127.0.0.1:8080
# until Ctrl-C. Try:
#   curl localhost:8080/notes
#   curl -X POST localhost:8080/notes -d '{"text": "buy milk", "tags": ["home"]}'
#   curl 'localhost:8080/notes?tag=home&limit=5'
#   curl localhost:8080/notes/1
#   curl -X DELETE localhost:8080/notes/1
import json
import sys
from aiohttp import web

routes = web.RouteTableDef()


def json_error(status_class, message):
    return status_class(text=json.dumps({'error': message}), content_type='application/json')


@web.middleware
async def errors_as_json(request, handler):
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.content_type == 'application/json':
            raise
        raise json_error(type(exc), exc.reason)


@routes.get('/notes')
async def list_notes(request):
    notes = request.app['notes']
    tag = request.query.get('tag')
    try:
        limit = int(request.query.get('limit', '100'))
    except ValueError:
        raise json_error(web.HTTPBadRequest, 'limit must be an integer')
    found = [n for n in notes.values() if tag is None or tag in n['tags']]
    return web.json_response({'count': len(found), 'notes': found[:limit]})


@routes.post('/notes')
async def create_note(request):
    try:
        data = await request.json()
    except ValueError:
        raise json_error(web.HTTPBadRequest, 'body must be JSON')
    if not isinstance(data, dict) or not isinstance(data.get('text'), str):
        raise json_error(web.HTTPUnprocessableEntity, 'a note needs a "text" string')
    counter = request.app['counter']
    counter['next_id'] += 1
    note = {'id': counter['next_id'], 'text': data['text'], 'tags': list(data.get('tags', []))}
    request.app['notes'][note['id']] = note
    return web.json_response(note, status=201)


@routes.get(r'/notes/{id:\d+}')
async def get_note(request):
    note = request.app['notes'].get(int(request.match_info['id']))
    if note is None:
        raise json_error(web.HTTPNotFound, 'no such note')
    return web.json_response(note)


@routes.delete(r'/notes/{id:\d+}')
async def delete_note(request):
    if request.app['notes'].pop(int(request.match_info['id']), None) is None:
        raise json_error(web.HTTPNotFound, 'no such note')
    return web.Response(status=204)


def make_app():
    app = web.Application(middlewares=[errors_as_json])
    app['notes'] = {}
    app['counter'] = {'next_id': 0}
    app.add_routes(routes)
    return app


if __name__ == '__main__':
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
    web.run_app(make_app(), host='127.0.0.1', port=port)
