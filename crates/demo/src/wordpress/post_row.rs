//! A row of `wp_posts`, as the store's database keeps it (the REST views are in `posts.rs`).

/// One post row (`wp_posts`), raw values as stored.
#[derive(Clone, Debug)]
pub(crate) struct Post {
    pub id: i64,
    /// `post_date` = `post_date_gmt`: the site's timezone is UTC.
    pub date: String,
    pub modified: String,
    /// Empty for drafts that never had one (WordPress then offers `generated_slug`).
    pub slug: String,
    pub status: String,
    pub title: String,
    pub content: String,
    pub excerpt: String,
    pub author: u64,
    /// Ids of the post's revisions, oldest first.
    pub revisions: Vec<i64>,
}

impl Post {
    /// What `wp_install_defaults()` creates.
    pub(crate) fn hello_world() -> Post {
        Post {
            id: 1,
            date: "2025-10-01T09:00:00".into(),
            modified: "2025-10-01T09:00:00".into(),
            slug: "hello-world".into(),
            status: "publish".into(),
            title: "Hello world!".into(),
            content: "<!-- wp:paragraph -->\n<p>Welcome to WordPress. This is your first post. Edit or delete it, then start writing!</p>\n<!-- /wp:paragraph -->".into(),
            excerpt: String::new(),
            author: 1,
            revisions: Vec::new(),
        }
    }
}
