//! not-wordpress: a static site on nginx with no WordPress signals at all.

use crate::request::Req;
use crate::response::{build, Resp};

pub(crate) fn serve(req: &Req) -> Resp {
    if matches!(req.path.as_str(), "/" | "/index.html") && req.method == http::Method::GET
        || req.method == http::Method::HEAD && req.path == "/"
    {
        let html = "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: light dark; }\n\
                    body { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n</style>\n</head>\n<body>\n\
                    <h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\n\
                    working. Further configuration is required.</p>\n\n<p>For online documentation and support please refer to\n\
                    <a href=\"http://nginx.org/\">nginx.org</a>.<br/>\nCommercial support is available at\n\
                    <a href=\"http://nginx.com/\">nginx.com</a>.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n";
        return build(200, "text/html", html);
    }
    let code = if matches!(req.method, http::Method::GET | http::Method::HEAD) {
        404
    } else {
        405
    };
    let title = if code == 404 {
        "404 Not Found"
    } else {
        "405 Not Allowed"
    };
    build(
        code,
        "text/html",
        format!("<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"),
    )
}
