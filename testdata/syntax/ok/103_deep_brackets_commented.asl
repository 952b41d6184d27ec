config = {  # level 1
    "servers": [  # level 2
        {  # level 3
            "name": "alpha",
            "routes": [  # 4
                (  # 5
                    "/api",
                    {  # 6
                        "methods": [  # 7
                            (  # 8
                                "GET",
                                [  # 9
                                    {  # 10
                                        "auth": (  # 11
                                            [  # 12
                                                {  # 13
                                                    "scopes": [  # 14
                                                        (  # 15
                                                            "read",
                                                            # deep comment
                                                        ),
                                                    ],
                                                },
                                            ]
                                        ),
                                    },
                                ],
                            ),
                        ],
                    },
                ),
            ],
        },
    ],
}
expr = ((((((((((((((((((((((((((((((((1 + 2))))))))))))))))))))))))))))))))
calls = f(g(h(i(j(k(l(m(n(o(p(q(r(s(t(u(v(w(x(y(z(a(b(c(d(e(f(g(h(i(j(0)))))))))))))))))))))))))))))))
