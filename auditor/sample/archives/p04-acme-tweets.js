window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2124916810042932762"
          ],
          "editableUntil" : "2026-11-23T18:23:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "37",
      "id_str" : "2124916810042932762",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2124916810042932762",
      "created_at" : "Mon Nov 23 17:23:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you for 100,000 Roadrunners on the road. Here's to the next 100,000.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2123815139765830590"
          ],
          "editableUntil" : "2026-11-20T17:26:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "5",
      "id_str" : "2123815139765830590",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2123815139765830590",
      "created_at" : "Fri Nov 20 16:26:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Our customer care team is available 8am to 8pm, every day including holidays.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2116299140573628753"
          ],
          "editableUntil" : "2026-10-30T23:40:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "24",
      "id_str" : "2116299140573628753",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2116299140573628753",
      "created_at" : "Fri Oct 30 22:40:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Winter tyre tip: check your pressures weekly, the cold drops them more than you think.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2116282560258076177"
          ],
          "editableUntil" : "2026-10-30T22:34:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "2116282560258076177",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2116282560258076177",
      "created_at" : "Fri Oct 30 21:34:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Globex's new SUV is a rolling disaster and their customers deserve better. Switch to Roadrunner today.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114054080478789061"
          ],
          "editableUntil" : "2026-10-24T18:59:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "36",
      "id_str" : "2114054080478789061",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2114054080478789061",
      "created_at" : "Sat Oct 24 17:59:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to everyone who joined the Roadrunner owners' meetup in Penistone. Great turnout!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112961910013094653"
          ],
          "editableUntil" : "2026-10-21T18:39:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/n2G9DhfnNq",
            "expanded_url" : "https://acme.example/careers",
            "display_url" : "acme.example/careers",
            "indices" : [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "5",
      "id_str" : "2112961910013094653",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2112961910013094653",
      "created_at" : "Wed Oct 21 17:39:10 +0000 2026",
      "favorited" : false,
      "full_text" : "We're hiring! Roles in engineering, design and customer care. See https://t.co/n2G9DhfnNq",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110730635969717896"
          ],
          "editableUntil" : "2026-10-15T14:52:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "2110730635969717896",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2110730635969717896",
      "created_at" : "Thu Oct 15 13:52:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Scunthorpe service centre is now open on Saturdays.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106729954082175788"
          ],
          "editableUntil" : "2026-10-04T13:55:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "33",
      "id_str" : "2106729954082175788",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2106729954082175788",
      "created_at" : "Sun Oct 04 12:55:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Happy Halloween from everyone at Acme 🎃 Our Roadrunner dressed up as a pumpkin. It did not fit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105377389950777009"
          ],
          "editableUntil" : "2026-09-30T20:21:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "1",
      "id_str" : "2105377389950777009",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2105377389950777009",
      "created_at" : "Wed Sep 30 19:21:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Roadrunner owners: software update 4.2 is rolling out this week with improved range estimates.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100494507005787307"
          ],
          "editableUntil" : "2026-09-17T08:58:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "12",
      "id_str" : "2100494507005787307",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2100494507005787307",
      "created_at" : "Thu Sep 17 07:58:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the Acme Run Club on raising £12,400 for the children's hospital!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100197150343061651"
          ],
          "editableUntil" : "2026-09-16T13:16:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "35",
      "id_str" : "2100197150343061651",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2100197150343061651",
      "created_at" : "Wed Sep 16 12:16:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet the engineers: our chassis team on what cold-weather testing really involves. Thread 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099454879898570707"
          ],
          "editableUntil" : "2026-09-14T12:07:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Roadrunner",
            "indices" : [
              "41",
              "52"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "15",
      "id_str" : "2099454879898570707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099454879898570707",
      "created_at" : "Mon Sep 14 11:07:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Unlike Globex, our brakes actually work. #Roadrunner",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099057169458188392"
          ],
          "editableUntil" : "2026-09-13T09:46:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "acme",
            "screen_name" : "acme",
            "indices" : [
              "41",
              "46"
            ],
            "id_str" : "1180442215309312001",
            "id" : "1180442215309312001"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "9",
      "id_str" : "2099057169458188392",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099057169458188392",
      "created_at" : "Sun Sep 13 08:46:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Questions about your order? Email support@acme.example and our team will get back to you within a day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097318352354224199"
          ],
          "editableUntil" : "2026-09-08T14:37:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "13",
      "id_str" : "2097318352354224199",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2097318352354224199",
      "created_at" : "Tue Sep 08 13:37:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Come see us at the motor show, hall 4, stand 12. Free Roadrunner test drives all weekend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096539562531953232"
          ],
          "editableUntil" : "2026-09-06T11:02:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "24",
      "id_str" : "2096539562531953232",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096539562531953232",
      "created_at" : "Sun Sep 06 10:02:38 +0000 2026",
      "favorited" : false,
      "full_text" : "We apologize for any incontinence caused by this morning's app outage. Service is now fully restored.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095508819661297434"
          ],
          "editableUntil" : "2026-09-03T14:46:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "11",
      "id_str" : "2095508819661297434",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2095508819661297434",
      "created_at" : "Thu Sep 03 13:46:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Roadrunner is officially on sale in 14 new markets from today. Thank you to everyone who made this happen! 🚗💨",
      "lang" : "en"
    }
  }
]
